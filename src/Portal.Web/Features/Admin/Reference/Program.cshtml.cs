using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;
using Portal.Web.Localization;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Admin.Reference;

/// <summary>
/// An exemption code or pathway: what it is, its rule sets with the days each is in force, its occupation list, and the
/// open offers a rule set judges (with the verdict each gets now), so an administrator sees what a change of rules does.
/// </summary>
public sealed class ProgramModel(PortalDbContext db, ReferenceCache reference, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed class ProgramForm
    {
        [Required(ErrorMessage = "Enter the name."), StringLength(200, ErrorMessage = "Use at most {1} characters.")]
        public string Name { get; set; } = string.Empty;
        [StringLength(2000, ErrorMessage = "Use at most {1} characters.")]
        public string? Description { get; set; }
        [StringLength(40, ErrorMessage = "Use at most {1} characters.")]
        public string? Regulation { get; set; }
        [StringLength(500, ErrorMessage = "Use at most {1} characters.")]
        public string? Source { get; set; }
        public bool EmployerSpecific { get; set; }
        public bool IsActive { get; set; } = true;
        public string? OccupationCodes { get; set; }
    }

    public sealed class RulesForm
    {
        [Required(ErrorMessage = "Enter the day the rules take effect.")]
        public DateOnly? EffectiveFrom { get; set; }
        public DateOnly? EffectiveTo { get; set; }
        [Required(ErrorMessage = "Name the publication the rules come from."), StringLength(500, ErrorMessage = "Use at most {1} characters.")]
        public string Source { get; set; } = string.Empty;
        [RegularExpression(TeerList, ErrorMessage = "List TEER categories from 0 to 5, separated by commas, or leave empty for any.")]
        public string? EligibleTeers { get; set; }
        [RegularExpression(TeerList, ErrorMessage = "List TEER categories from 0 to 5, separated by commas, or leave empty for any.")]
        public string? ExpeditedTeers { get; set; }
        [RegularExpression(TeerList, ErrorMessage = "List TEER categories from 0 to 5, separated by commas, or leave empty for any.")]
        public string? IndeterminateTeers { get; set; }
        [Range(1, 120, ErrorMessage = "Enter a number of months from {1} to {2}, or leave empty.")]
        public int? MinimumDurationMonths { get; set; }
        [Range(typeof(decimal), "1", "168", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter between {1} and {2} hours per week, or leave empty.")]
        public decimal? MinimumHoursPerWeek { get; set; }
        public bool RequiresNonSeasonal { get; set; }
        public bool RequiresParticipatingEmployer { get; set; }
        public string? RequiredProvinces { get; set; }
        public string? ExcludedProvinces { get; set; }
        [RegularExpression(@"^\s*[A-Za-z]{3}(\s*,\s*[A-Za-z]{3})*\s*$", ErrorMessage = "List three-letter country codes (ISO 3166-1 alpha-3, as in passports), separated by commas.")]
        public string? RequiredCitizenships { get; set; }
        public bool RequiresDesignation { get; set; }
        public bool RequiresEndorsement { get; set; }
        public bool UsesOccupationList { get; set; }

        public static RulesForm From(ProgramRuleSet r) => new()
        {
            EffectiveFrom = r.EffectiveFrom, EffectiveTo = r.EffectiveTo, Source = r.Source, EligibleTeers = r.EligibleTeers,
            ExpeditedTeers = r.ExpeditedTeers, IndeterminateTeers = r.IndeterminateTeers, MinimumDurationMonths = r.MinimumDurationMonths,
            MinimumHoursPerWeek = r.MinimumHoursPerWeek, RequiresNonSeasonal = r.RequiresNonSeasonal,
            RequiresParticipatingEmployer = r.RequiresParticipatingEmployer, RequiredProvinces = r.RequiredProvinces,
            ExcludedProvinces = r.ExcludedProvinces, RequiredCitizenships = r.RequiredCitizenships, RequiresDesignation = r.RequiresDesignation,
            RequiresEndorsement = r.RequiresEndorsement, UsesOccupationList = r.UsesOccupationList,
        };

        public RuleSetValues ToValues() => new(Source, EffectiveTo, EligibleTeers, ExpeditedTeers, IndeterminateTeers, MinimumDurationMonths,
            MinimumHoursPerWeek, RequiresNonSeasonal, RequiresParticipatingEmployer, Upper(RequiredProvinces), Upper(ExcludedProvinces),
            Upper(RequiredCitizenships), RequiresDesignation, RequiresEndorsement, UsesOccupationList);

        private static string? Upper(string? list) => list?.ToUpperInvariant();
    }

    private const string TeerList = @"^\s*[0-5](\s*,\s*[0-5])*\s*$";

    /// <summary>An open offer a rule set judges, with the verdict it gets under the rules as they are now.</summary>
    public sealed record AffectedOffer(Guid Id, string Organization, string JobTitle, string Worker, OfferStatus Status, IReadOnlyList<string> Failures);

    /// <summary>The two forms, each bound by its own handler only: bound with the page, one's required fields refused the other.</summary>
    public ProgramForm Input { get; private set; } = new();
    public RulesForm Rules { get; private set; } = new();
    public ImmigrationProgram Program { get; private set; } = null!;
    public IReadOnlyList<ProgramRuleSet> RuleSets { get; private set; } = [];
    /// <summary>The rule set the form edits; null when the form adds a new one.</summary>
    public Guid? RuleId { get; private set; }
    public IReadOnlyList<AffectedOffer> Affected { get; private set; } = [];
    public int AffectedTotal { get; private set; }

    private const int AffectedShown = 100;

    public async Task<IActionResult> OnGetAsync(string code, Guid? rule, bool add, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var codes = await db.ProgramOccupations.AsNoTracking().Where(x => x.ProgramCode == Program.Code).OrderBy(x => x.OccupationCode).Select(x => x.OccupationCode).ToListAsync(ct);
        Input = new ProgramForm
        {
            Name = Program.Name, Description = Program.Description, Regulation = Program.Regulation, Source = Program.Source,
            EmployerSpecific = Program.EmployerSpecific, IsActive = Program.IsActive, OccupationCodes = string.Join(", ", codes),
        };
        var selected = add ? null
            : rule is { } id ? RuleSets.FirstOrDefault(r => r.Id == id)
            : ProgramRuleSet.InForce(RuleSets, clock.Today()) ?? (RuleSets.Count > 0 ? RuleSets[0] : null);
        if (rule is not null && selected is null && !add) return NotFound();
        RuleId = selected?.Id;
        Rules = selected is null ? new RulesForm { EffectiveFrom = clock.Today(), Source = RuleSets.Count > 0 ? RuleSets[0].Source : string.Empty } : RulesForm.From(selected);
        if (selected is not null) await LoadAffectedAsync(selected, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostProgramAsync(string code, [Bind(Prefix = nameof(Input))] ProgramForm input, CancellationToken ct)
    {
        Input = input;
        if (!await LoadAsync(code, ct)) return NotFound();
        var codes = Split(Input.OccupationCodes).Distinct().ToList();
        var known = await db.Occupations.Where(o => codes.Contains(o.Code)).Select(o => o.Code).ToListAsync(ct);
        var unknown = codes.Except(known).ToList();
        if (unknown.Count > 0) ModelState.AddModelError("Input.OccupationCodes", l["Unknown occupation codes: {0}.", string.Join(", ", unknown)]);
        if (!ModelState.IsValid) return await RedisplayAsync(null, ct);

        var program = await db.Programs.FirstAsync(p => p.Code == Program.Code, ct);
        program.Update(Input.Name, Input.Description ?? string.Empty, Input.Regulation, Input.Source, Input.EmployerSpecific, Input.IsActive);
        var current = await db.ProgramOccupations.Where(x => x.ProgramCode == program.Code).ToListAsync(ct);
        db.ProgramOccupations.RemoveRange(current.Where(x => !codes.Contains(x.OccupationCode)));
        db.ProgramOccupations.AddRange(codes.Where(c => current.All(x => x.OccupationCode != c)).Select(c => ProgramOccupation.Create(program.Code, c)));
        await db.SaveChangesAsync(ct);
        reference.ProgramsChanged();
        TempData["Status"] = l["{0} is saved.", program.Name].Value;
        return RedirectToPage(new { code = program.Code });
    }

    /// <summary>Saves a rule set (the one named, or a new one). A new set that starts after the open-ended set in force ends that one the day before.</summary>
    public async Task<IActionResult> OnPostRulesAsync(string code, Guid? rule, [Bind(Prefix = nameof(Rules))] RulesForm rules, CancellationToken ct)
    {
        Rules = rules;
        if (!await LoadAsync(code, ct)) return NotFound();
        var sets = await db.ProgramRuleSets.Where(r => r.ProgramCode == Program.Code).ToListAsync(ct);
        var set = rule is { } id ? sets.FirstOrDefault(r => r.Id == id) : null;
        if (rule is not null && set is null) return NotFound();

        CheckProvinces(Rules.RequiredProvinces, "Rules.RequiredProvinces");
        CheckProvinces(Rules.ExcludedProvinces, "Rules.ExcludedProvinces");
        if (Rules is { EffectiveFrom: { } from, EffectiveTo: { } to } && to < from)
            ModelState.AddModelError("Rules.EffectiveTo", l["The last day cannot be before the first."]);
        ProgramRuleSet? toEnd = null;
        if (ModelState.IsValid)
        {
            var start = Rules.EffectiveFrom!.Value;
            var end = Rules.EffectiveTo ?? DateOnly.MaxValue;
            foreach (var other in sets.Where(s => s != set))
            {
                var otherEnd = other.EffectiveTo ?? DateOnly.MaxValue;
                if (other.EffectiveFrom > end || otherEnd < start) continue;
                // The usual change: new rules from a day, while the current ones have no last day yet.
                if (set is null && other.EffectiveTo is null && other.EffectiveFrom < start && toEnd is null) { toEnd = other; continue; }
                ModelState.AddModelError("Rules.EffectiveFrom", l["These days overlap the rules in force from {0}: one set of rules applies on a day.", other.EffectiveFrom.ToString("yyyy-MM-dd")]);
                break;
            }
        }
        if (!ModelState.IsValid) return await RedisplayAsync(rule, ct);

        toEnd?.EndOn(Rules.EffectiveFrom!.Value.AddDays(-1));
        if (set is null)
        {
            set = ProgramRuleSet.Create(Program.Code, Rules.EffectiveFrom!.Value, Rules.ToValues());
            db.ProgramRuleSets.Add(set);
        }
        else
        {
            set.Update(Rules.EffectiveFrom!.Value, Rules.ToValues());
        }
        await db.SaveChangesAsync(ct);
        reference.ProgramsChanged();
        RuleSets = sets.Append(set).Distinct().ToList();
        await LoadAffectedAsync(set, ct);
        TempData["Status"] = (AffectedTotal == 0
            ? l["The rules of {0} are saved. No open offer is judged by them.", Program.Name]
            : l["The rules of {0} are saved. {1} open offers are judged by them: their verdicts under these rules are listed below.", Program.Name, AffectedTotal]).Value;
        return RedirectToPage(new { code = Program.Code, rule = set.Id });
    }

    private async Task<bool> LoadAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return false;
        var normalized = code.ToUpperInvariant();
        var p = await db.Programs.AsNoTracking().FirstOrDefaultAsync(x => x.Code == normalized, ct);
        if (p is null) return false;
        Program = p;
        RuleSets = (await db.ProgramRuleSets.AsNoTracking().Where(r => r.ProgramCode == p.Code).ToListAsync(ct)).OrderByDescending(r => r.EffectiveFrom).ToList();
        return true;
    }

    private async Task<PageResult> RedisplayAsync(Guid? rule, CancellationToken ct)
    {
        RuleId = rule;
        if (rule is { } id && RuleSets.FirstOrDefault(r => r.Id == id) is { } set) await LoadAffectedAsync(set, ct);
        return Page();
    }

    /// <summary>
    /// The open offers (draft, submitted, fee recorded) under this code or pathway that the set judges: drafts are judged
    /// today, the others on their submission day. Each with its failed rules under the set as saved.
    /// </summary>
    private async Task LoadAffectedAsync(ProgramRuleSet set, CancellationToken ct)
    {
        var today = clock.Today();
        var open = await db.Offers.IgnoreQueryFilters().AsNoTracking()
            .Where(o => (o.ProgramCode == Program.Code || o.PathwayCode == Program.Code)
                        && (o.Status == OfferStatus.Draft || o.Status == OfferStatus.Submitted || o.Status == OfferStatus.FeeRecorded))
            .OrderByDescending(o => o.CreatedAtUtc).ToListAsync(ct);
        var judged = open.Where(o => set.InForceOn(o.JudgedOn(today))).ToList();
        AffectedTotal = judged.Count;
        var shown = judged.Take(AffectedShown).ToList();
        var orgIds = shown.Select(o => o.OrganizationId).Distinct().ToList();
        var names = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => orgIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.OperatingName ?? o.LegalName, ct);
        var rows = new List<AffectedOffer>();
        foreach (var offer in shown)
        {
            var facts = await OfferFacts.ForAsync(db, offer.Details, offer.OrganizationId, offer.Id, offer.JudgedOn(today), offer.Status == OfferStatus.Draft, ct);
            var failures = Eligibility.Check(offer.Details, facts).Where(r => r.Outcome == RuleOutcome.Failed).Select(r => l[r.Message, r.Values].Value).ToList();
            rows.Add(new AffectedOffer(offer.Id, names.GetValueOrDefault(offer.OrganizationId, "?"), offer.JobTitle, offer.WorkerName, offer.Status, failures));
        }
        Affected = rows;
    }

    private void CheckProvinces(string? list, string field)
    {
        var bad = Split(list).Where(x => !Enum.TryParse<Province>(x, ignoreCase: true, out _) || int.TryParse(x, out _)).ToList();
        if (bad.Count > 0) ModelState.AddModelError(field, l["Unknown province or territory: {0}. Use the two-letter codes, such as NS, NB.", string.Join(", ", bad)]);
    }

    private static List<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split([',', ' ', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
