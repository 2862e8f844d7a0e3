using System.Text.RegularExpressions;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Organizations;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Offers;

public enum RuleOutcome
{
    Passed,
    Failed,
    Warning,
    Info,
}

/// <summary>One line of the eligibility check: a rule, how it came out, and why in plain words (a resource key and its values).</summary>
public sealed record RuleResult(RuleOutcome Outcome, string Message, params object[] Values)
{
    /// <summary>The field of the offer (a property of <see cref="OfferDetails"/>) the rule is about, so a form shows the reason beside it.</summary>
    public string? Field { get; init; }
    /// <summary>The publication the rule comes from and the day its rules took effect, when it is a program's rule.</summary>
    public string? Source { get; init; }
    public DateOnly? InForceSince { get; init; }
}

/// <summary>An exemption code or a pathway with the rule set in force on the day the offer is judged (null: none is).</summary>
public sealed record ProgramFacts(ImmigrationProgram Program, ProgramRuleSet? Rules, IReadOnlySet<string> Occupations);

/// <summary>What the check needs to know beyond the offer itself.</summary>
public sealed record EligibilityFacts(
    ProgramFacts? Code,
    ProgramFacts? Pathway,
    Occupation? Occupation,
    bool IsParticipatingEmployer,
    IReadOnlySet<Province> DesignatedProvinces,
    EndorsementStage? Endorsement,
    DateOnly JudgedOn)
{
    /// <summary>A draft can choose only codes and pathways offers can use now; a submitted offer keeps the one it was submitted under.</summary>
    public bool Draft { get; init; } = true;
}

/// <summary>
/// The eligibility check of an offer: the rules of its exemption code and of the pathway it supports, as they were in
/// force on the day the offer is judged (<see cref="ProgramRuleSet"/>). A failed rule blocks submission; a warning does not.
/// </summary>
public static partial class Eligibility
{
    public static bool Blocks(IEnumerable<RuleResult> results) => results.Any(r => r.Outcome == RuleOutcome.Failed);

    [GeneratedRegex("^[A-Z0-9]{6,9}$")]
    private static partial Regex PassportPattern();

    public static IReadOnlyList<RuleResult> Check(OfferDetails offer, EligibilityFacts facts)
    {
        var results = new List<RuleResult>();
        var occupation = facts.Occupation is { IsActive: true } o ? o : null;
        if (occupation is null)
            results.Add(new(RuleOutcome.Failed, "The occupation code {0} is not in the NOC 2021 list.", offer.OccupationCode) { Field = nameof(OfferDetails.OccupationCode) });

        if (facts.Code is not { Program: { Kind: ProgramKind.ExemptionCode, EmployerSpecific: true } } code || (facts.Draft && !code.Program.IsActive))
            results.Add(new(RuleOutcome.Failed, "{0} is not an exemption code an offer of employment can be submitted under.", offer.ProgramCode) { Field = nameof(OfferDetails.ProgramCode) });
        else
            results.AddRange(ProgramRules(offer, code, occupation, facts, nameof(OfferDetails.ProgramCode)));

        if (!string.IsNullOrWhiteSpace(offer.PathwayCode))
        {
            if (facts.Pathway is not { Program.IsPathway: true } pathway || (facts.Draft && !pathway.Program.IsActive))
                results.Add(new(RuleOutcome.Failed, "{0} is not a pathway the portal knows.", offer.PathwayCode) { Field = nameof(OfferDetails.PathwayCode) });
            else
                results.AddRange(ProgramRules(offer, pathway, occupation, facts, nameof(OfferDetails.PathwayCode)));
        }

        // Warnings: they do not block submission, but each one is a common reason for a failed match.
        void Warn(string field, string message, params object[] values) => results.Add(new(RuleOutcome.Warning, message, values) { Field = field });
        var passport = offer.PassportNumber.Trim();
        if (!PassportPattern().IsMatch(passport))
            Warn(nameof(OfferDetails.PassportNumber), "The passport number '{0}' does not look like one (6 to 9 capital letters and digits). The worker's application is matched on it exactly: check it against the passport.", passport);
        if (string.IsNullOrWhiteSpace(offer.WorkerCitizenship))
            Warn(nameof(OfferDetails.WorkerCitizenship), "The country of citizenship is missing: the worker's application is matched on it.");
        if (offer.MainDuties.Trim().Length < 100)
            Warn(nameof(OfferDetails.MainDuties), "The main duties are very short. Describe the duties so that they fit the occupation code.");
        if (offer.MoreLocations)
            Warn(nameof(OfferDetails.MoreLocations), "An offer has at most two work locations: list the others in the main duties.");
        if (facts.Code?.Rules is { RequiresParticipatingEmployer: true })
            results.Add(new(RuleOutcome.Info, "The wage must be at or above the provincial median and the prevailing wage, reviewed on the first day and then every year by January 1.") { Field = nameof(OfferDetails.Wage) });
        return results;
    }

    /// <summary>The rules of one exemption code or pathway, each result carrying the rule set's source and first day.</summary>
    private static List<RuleResult> ProgramRules(OfferDetails offer, ProgramFacts facts, Occupation? occupation, EligibilityFacts all, string programField)
    {
        var results = new List<RuleResult>();
        var program = facts.Program;
        if (facts.Rules is not { } rules)
        {
            results.Add(new(RuleOutcome.Failed, "{0} has no rules in force on {1:yyyy-MM-dd}: it does not take offers judged on that day.", program.Name, all.JudgedOn) { Field = programField });
            return results;
        }
        void Add(string field, RuleOutcome outcome, string message, params object[] values) =>
            results.Add(new(outcome, message, values) { Field = field, Source = rules.Source, InForceSince = rules.EffectiveFrom });

        const string occupationField = nameof(OfferDetails.OccupationCode);
        const string endField = nameof(OfferDetails.EndDate);
        if (occupation is not null)
        {
            var teers = rules.EligibleTeerList;
            if (teers.Count > 0)
            {
                if (teers.Contains(occupation.Teer)) Add(occupationField, RuleOutcome.Passed, "{0} is TEER {1}, which {2} accepts.", occupation.Title, occupation.Teer, program.Name);
                else Add(occupationField, RuleOutcome.Failed, "{0} needs an occupation in TEER {1}; {2} is TEER {3}.", program.Name, string.Join(", ", teers), occupation.Title, occupation.Teer);
            }
            if (rules.ExpeditedTeerList.Contains(occupation.Teer))
                Add(occupationField, RuleOutcome.Info, "TEER {0} qualifies for expedited processing.", occupation.Teer);
            if (rules.UsesOccupationList)
            {
                if (facts.Occupations.Contains(occupation.Code)) Add(occupationField, RuleOutcome.Passed, "{0} is on the list of eligible occupations of {1}.", occupation.Title, program.Name);
                else Add(occupationField, RuleOutcome.Failed, "{0} is not on the list of eligible occupations of {1}.", occupation.Title, program.Name);
            }
        }

        if (rules.RequiresParticipatingEmployer)
        {
            if (all.IsParticipatingEmployer) Add(programField, RuleOutcome.Passed, "Your organization takes part in {0}.", program.Name);
            else Add(programField, RuleOutcome.Failed, "{0} is open only to its participating employers. Your organization is not recognized as one: an administrator records each one's CRA business number, or confirms the organization itself.", program.Name);
        }

        var locations = offer.Location2Province is { } p2 && !string.IsNullOrWhiteSpace(offer.Location2City) ? new[] { offer.Location1Province, p2 } : [offer.Location1Province];
        var required = rules.RequiredProvinceList;
        if (required.Count > 0)
        {
            if (locations.Any(l => required.Contains(l.ToString()))) Add(nameof(OfferDetails.Location1Province), RuleOutcome.Passed, "A work location is in {0}.", string.Join(", ", required));
            else Add(nameof(OfferDetails.Location1Province), RuleOutcome.Failed, "{0} needs a work location in {1}.", program.Name, string.Join(", ", required));
        }
        var excluded = rules.ExcludedProvinceList;
        if (excluded.Count > 0)
        {
            var inside = locations.Where(l => excluded.Contains(l.ToString())).Select(l => l.ToString()).ToList();
            if (inside.Count == 0) Add(nameof(OfferDetails.Location1Province), RuleOutcome.Passed, "No work location is in {0}.", string.Join(", ", excluded));
            else Add(nameof(OfferDetails.Location1Province), RuleOutcome.Failed, "{0} does not apply to work in {1}.", program.Name, string.Join(", ", inside));
        }

        var citizenships = rules.RequiredCitizenshipList;
        if (citizenships.Count > 0)
        {
            var citizenship = offer.WorkerCitizenship.Trim().ToUpperInvariant();
            if (citizenships.Contains(citizenship)) Add(nameof(OfferDetails.WorkerCitizenship), RuleOutcome.Passed, "The worker is a citizen of {0}, which {1} needs.", citizenship, program.Name);
            else Add(nameof(OfferDetails.WorkerCitizenship), RuleOutcome.Failed, "{0} is for citizens of {1} only.", program.Name, string.Join(", ", citizenships));
        }

        if (rules.RequiresDesignation)
        {
            // Designated in every province where the candidate will work (IRCC, Atlantic Immigration Program: employer designation).
            var provinces = (required.Count > 0 ? locations.Where(l => required.Contains(l.ToString())) : locations).Distinct().ToList();
            var missing = provinces.Where(p => !all.DesignatedProvinces.Contains(p)).Select(p => p.ToString()).ToList();
            if (provinces.Count > 0 && missing.Count == 0) Add(programField, RuleOutcome.Passed, "Your organization is designated in {0}.", string.Join(", ", provinces));
            else if (missing.Count > 0) Add(programField, RuleOutcome.Failed, "{0} needs your organization designated in the province of work; it is not designated in {1}. Apply for designation there first.", program.Name, string.Join(", ", missing));
        }
        if (rules.RequiresEndorsement)
        {
            switch (all.Endorsement)
            {
                case null:
                    Add(programField, RuleOutcome.Failed, "{0} needs an endorsement case for the worker with the province: open one from this offer.", program.Name);
                    break;
                case EndorsementStage.Endorsed:
                    Add(programField, RuleOutcome.Passed, "The province has endorsed the worker.");
                    break;
                default:
                    Add(programField, RuleOutcome.Warning, "The worker's endorsement case is open: the work-permit application needs the province's certificate of endorsement.");
                    break;
            }
        }

        if (rules.MinimumHoursPerWeek is { } hours)
        {
            // Hours as people write them (30, 37.5), whatever scale the database returned them in.
            string Hours(decimal h) => h.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture);
            if (offer.HoursPerWeek >= hours) Add(nameof(OfferDetails.HoursPerWeek), RuleOutcome.Passed, "{0} hours a week is full-time for {1} ({2} or more).", Hours(offer.HoursPerWeek), program.Name, Hours(hours));
            else Add(nameof(OfferDetails.HoursPerWeek), RuleOutcome.Failed, "{0} needs a full-time job of at least {1} hours a week; this one has {2}.", program.Name, Hours(hours), Hours(offer.HoursPerWeek));
        }
        if (rules.RequiresNonSeasonal)
        {
            if (!offer.Seasonal) Add(nameof(OfferDetails.Seasonal), RuleOutcome.Passed, "The job is not seasonal.");
            else Add(nameof(OfferDetails.Seasonal), RuleOutcome.Failed, "{0} needs a job that is not seasonal.", program.Name);
        }

        var mustBeIndeterminate = occupation is not null && rules.IndeterminateTeerList.Contains(occupation.Teer);
        if (mustBeIndeterminate)
        {
            if (offer.EndDate is null) Add(endField, RuleOutcome.Passed, "The job is indeterminate (permanent), as {0} needs for TEER {1}.", program.Name, occupation!.Teer);
            else Add(endField, RuleOutcome.Failed, "{0} needs an indeterminate (permanent) job, without an end date, for TEER {1}.", program.Name, occupation!.Teer);
        }
        else if (rules.MinimumDurationMonths is { } months)
        {
            if (offer.EndDate is not { } end)
                Add(endField, RuleOutcome.Passed, "The job is indeterminate, so it lasts at least {0} months.", months);
            else
            {
                var lastDay = ProgramRuleSet.LastDayOfShortestJob(offer.StartDate, months);
                if (end >= lastDay) Add(endField, RuleOutcome.Passed, "The job lasts at least {0} months: it ends on {1:yyyy-MM-dd}, on or after {2:yyyy-MM-dd}.", months, end, lastDay);
                else Add(endField, RuleOutcome.Failed, "{0} needs a job of at least {1} months: starting on {2:yyyy-MM-dd}, it must end on {3:yyyy-MM-dd} or later; this one ends on {4:yyyy-MM-dd}.", program.Name, months, offer.StartDate, lastDay, end);
            }
        }
        return results;
    }
}
