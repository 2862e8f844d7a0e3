using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Admin.Reference;

/// <summary>The reference data in one place: programs, occupations, the compliance fee and the participating employers.</summary>
public sealed class IndexModel(PortalDbContext db, ReferenceCache reference, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed class FeeForm
    {
        [Required(ErrorMessage = "Enter the amount."), Range(typeof(decimal), "0.01", "100000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter an amount between {1} and {2}.")]
        public decimal? Amount { get; set; }
        [Required(ErrorMessage = "Enter the date the amount takes effect.")]
        public DateOnly? EffectiveFrom { get; set; }
    }

    public IReadOnlyList<ImmigrationProgram> Programs { get; private set; } = [];
    public IReadOnlyList<ComplianceFee> Fees { get; private set; } = [];
    /// <summary>A participating employer with the organization an administrator confirmed as that firm, if any.</summary>
    public sealed record EmployerRow(ParticipatingEmployer Employer, string? ConfirmedOrganization);

    public IReadOnlyList<EmployerRow> Employers { get; private set; } = [];
    public int OccupationCount { get; private set; }
    /// <summary>The employer whose business number was just refused: its form shows why.</summary>
    public Guid? RefusedEmployerId { get; private set; }

    /// <summary>The fee form, bound by its own handler only: bound with the page, its required fields refused every other form.</summary>
    public FeeForm Fee { get; private set; } = new();
    [BindProperty, StringLength(200, ErrorMessage = "Use at most {1} characters.")] public string? EmployerName { get; set; }
    [BindProperty] public string? EmployerBusinessNumber { get; set; }
    [BindProperty] public string? BusinessNumber { get; set; }
    [BindProperty] public IFormFile? CodesFile { get; set; }
    [BindProperty] public DateOnly? CodesInForceFrom { get; set; }
    /// <summary>Why an exemption-code file was refused, line by line.</summary>
    public IReadOnlyList<string> CodeProblems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programs = await db.Programs.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(ct);
        Fees = (await db.ComplianceFees.AsNoTracking().ToListAsync(ct)).OrderByDescending(f => f.EffectiveFrom).ToList();
        var employers = await db.ParticipatingEmployers.AsNoTracking().OrderBy(e => e.Name).ToListAsync(ct);
        var confirmed = employers.Select(e => e.ConfirmedOrganizationId).OfType<Guid>().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => confirmed.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.OperatingName ?? o.LegalName, ct);
        Employers = employers.Select(e => new EmployerRow(e, e.ConfirmedOrganizationId is { } id ? names.GetValueOrDefault(id) : null)).ToList();
        OccupationCount = await db.Occupations.CountAsync(ct);
    }

    public async Task<IActionResult> OnPostFeeAsync([Bind(Prefix = nameof(Fee))] FeeForm fee, CancellationToken ct)
    {
        Fee = fee;
        if (Fee.EffectiveFrom is { } from && from < clock.Today())
            ModelState.AddModelError("Fee.EffectiveFrom", l["A new amount takes effect today or later: past offers keep the fee they paid."]);
        if (Fee.EffectiveFrom is { } day && await db.ComplianceFees.AnyAsync(f => f.EffectiveFrom == day, ct))
            ModelState.AddModelError("Fee.EffectiveFrom", l["An amount already takes effect on that day."]);
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }
        db.ComplianceFees.Add(ComplianceFee.Create(Fee.Amount!.Value, "CAD", Fee.EffectiveFrom!.Value));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["The new compliance fee is saved."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddEmployerAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(EmployerName)) ModelState.AddModelError(nameof(EmployerName), l["Enter the employer's name."]);
        else if (await db.ParticipatingEmployers.AnyAsync(e => e.ProgramCode == "C88" && e.Name == EmployerName.Trim(), ct))
            ModelState.AddModelError(nameof(EmployerName), l["This employer is already on the list."]);
        var employer = ParticipatingEmployer.Create("C88", EmployerName ?? string.Empty);
        await CheckBusinessNumberAsync(employer, EmployerBusinessNumber, nameof(EmployerBusinessNumber), ct);
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }
        db.ParticipatingEmployers.Add(employer);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["{0} is added to the participating employers.", EmployerName!.Trim()].Value;
        return RedirectToPage();
    }

    /// <summary>Records (or, left empty, forgets) the business number that makes an organization this participating employer.</summary>
    public async Task<IActionResult> OnPostEmployerNumberAsync(Guid id, CancellationToken ct)
    {
        var employer = await db.ParticipatingEmployers.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (employer is null) return NotFound();
        await CheckBusinessNumberAsync(employer, BusinessNumber, nameof(BusinessNumber), ct);
        if (!ModelState.IsValid)
        {
            RefusedEmployerId = id;
            await OnGetAsync(ct);
            return Page();
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = (employer.BusinessNumber is null
            ? l["The business number of {0} is removed.", employer.Name]
            : l["The business number of {0} is saved: the organization registered with it takes part.", employer.Name]).Value;
        return RedirectToPage();
    }

    private async Task CheckBusinessNumberAsync(ParticipatingEmployer employer, string? businessNumber, string field, CancellationToken ct)
    {
        if (employer.RecordBusinessNumber(businessNumber) is { } problem)
            ModelState.AddModelError(field, OrganizationForm.Describe(problem, l));
        else if (employer.BusinessNumber is { } bn
                 && await db.ParticipatingEmployers.AnyAsync(e => e.Id != employer.Id && e.ProgramCode == employer.ProgramCode && e.BusinessNumber == bn, ct))
            ModelState.AddModelError(field, l["This business number is already recorded on another participating employer."]);
    }

    /// <summary>Loads IRCC's exemption codes from a CSV file, all or nothing; new codes take effect on the day given.</summary>
    public async Task<IActionResult> OnPostImportCodesAsync(CancellationToken ct)
    {
        if (CodesFile is null || CodesFile.Length == 0) ModelState.AddModelError(nameof(CodesFile), l["Choose a CSV file."]);
        if (CodesInForceFrom is null) ModelState.AddModelError(nameof(CodesInForceFrom), l["Enter the day new codes take effect."]);
        if (ModelState.IsValid)
        {
            await using var stream = CodesFile!.OpenReadStream();
            var result = await ExemptionCodeImport.ImportAsync(db, stream, CodesInForceFrom!.Value, ct);
            if (result.Problems.Count == 0)
            {
                reference.ProgramsChanged();
                TempData["Status"] = l["Imported: {0} new exemption codes, {1} updated.", result.Added, result.Updated].Value;
                return RedirectToPage();
            }
            CodeProblems = result.Problems;
            ModelState.AddModelError(nameof(CodesFile), l["Nothing was imported: correct these lines and try again."]);
        }
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveEmployerAsync(Guid id, bool confirm, CancellationToken ct)
    {
        var employer = await db.ParticipatingEmployers.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (employer is null) return NotFound();
        if (!confirm)
        {
            TempData["Error"] = l["Tick the box to confirm the removal."].Value;
            return RedirectToPage();
        }
        db.ParticipatingEmployers.Remove(employer);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["{0} is removed from the participating employers.", employer.Name].Value;
        return RedirectToPage();
    }
}
