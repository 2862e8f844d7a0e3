using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.ReferenceData;

namespace Portal.Web.Pages.Admin.Reference;

/// <summary>The reference data in one place: programs, occupations, the compliance fee and the participating employers.</summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
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
    public IReadOnlyList<ParticipatingEmployer> Employers { get; private set; } = [];
    public int OccupationCount { get; private set; }

    [BindProperty] public FeeForm Fee { get; set; } = new();
    [BindProperty, StringLength(200, ErrorMessage = "Use at most {1} characters.")] public string? EmployerName { get; set; }
    [BindProperty, RegularExpression("^[0-9]{9}$", ErrorMessage = "The business number has exactly 9 digits.")] public string? EmployerBusinessNumber { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programs = await db.Programs.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(ct);
        Fees = (await db.ComplianceFees.AsNoTracking().ToListAsync(ct)).OrderByDescending(f => f.EffectiveFrom).ToList();
        Employers = await db.ParticipatingEmployers.AsNoTracking().OrderBy(e => e.Name).ToListAsync(ct);
        OccupationCount = await db.Occupations.CountAsync(ct);
    }

    public async Task<IActionResult> OnPostFeeAsync(CancellationToken ct)
    {
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
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }
        db.ParticipatingEmployers.Add(ParticipatingEmployer.Create("C88", EmployerName!, EmployerBusinessNumber));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["{0} is added to the participating employers.", EmployerName!.Trim()].Value;
        return RedirectToPage();
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
