using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Organizations;
using Portal.Web.ReferenceData;

namespace Portal.Web.Pages.Admin.Reference;

/// <summary>Edits a program's rules (the numbers and lists the eligibility check reads) and its occupation list.</summary>
public sealed class ProgramModel(PortalDbContext db, ReferenceCache reference, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed class Form
    {
        [Required(ErrorMessage = "Enter the name."), StringLength(200, ErrorMessage = "Use at most {1} characters.")]
        public string Name { get; set; } = string.Empty;
        [StringLength(2000, ErrorMessage = "Use at most {1} characters.")]
        public string? Description { get; set; }
        [RegularExpression(@"^\s*[0-5](\s*,\s*[0-5])*\s*$", ErrorMessage = "List TEER categories from 0 to 5, separated by commas, or leave empty for any.")]
        public string? EligibleTeers { get; set; }
        [RegularExpression(@"^\s*[0-5](\s*,\s*[0-5])*\s*$", ErrorMessage = "List TEER categories from 0 to 5, separated by commas, or leave empty for any.")]
        public string? ExpeditedTeers { get; set; }
        public bool RequiresParticipatingEmployer { get; set; }
        public string? RequiredProvinces { get; set; }
        [Range(1, 3650, ErrorMessage = "Enter a number of days from {1} to {2}, or leave empty.")]
        public int? MinimumDurationDays { get; set; }
        public bool RequiresIndeterminate { get; set; }
        public bool RequiresFullTime { get; set; }
        public bool UsesOccupationList { get; set; }
        public string? OccupationCodes { get; set; }
        public bool FeeExempt { get; set; }
        public bool IsActive { get; set; } = true;
    }

    [BindProperty] public Form Input { get; set; } = new();
    public ImmigrationProgram Program { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var p = await db.Programs.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct);
        if (p is null) return NotFound();
        Program = p;
        var codes = await db.ProgramOccupations.AsNoTracking().Where(x => x.ProgramCode == code).OrderBy(x => x.OccupationCode).Select(x => x.OccupationCode).ToListAsync(ct);
        Input = new Form
        {
            Name = p.Name, Description = p.Description, EligibleTeers = p.EligibleTeers, ExpeditedTeers = p.ExpeditedTeers,
            RequiresParticipatingEmployer = p.RequiresParticipatingEmployer, RequiredProvinces = p.RequiredProvinces,
            MinimumDurationDays = p.MinimumDurationDays, RequiresIndeterminate = p.RequiresIndeterminate, RequiresFullTime = p.RequiresFullTime,
            UsesOccupationList = p.UsesOccupationList, OccupationCodes = string.Join(", ", codes), FeeExempt = p.FeeExempt, IsActive = p.IsActive,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var p = await db.Programs.FirstOrDefaultAsync(x => x.Code == code, ct);
        if (p is null) return NotFound();
        Program = p;
        var provinces = Split(Input.RequiredProvinces);
        var bad = provinces.Where(x => !Enum.TryParse<Province>(x, ignoreCase: true, out _) || int.TryParse(x, out _)).ToList();
        if (bad.Count > 0) ModelState.AddModelError("Input.RequiredProvinces", l["Unknown province or territory: {0}. Use the two-letter codes, such as NS, NB.", string.Join(", ", bad)]);
        var codes = Split(Input.OccupationCodes).Distinct().ToList();
        var known = await db.Occupations.Where(o => codes.Contains(o.Code)).Select(o => o.Code).ToListAsync(ct);
        var unknown = codes.Except(known).ToList();
        if (unknown.Count > 0) ModelState.AddModelError("Input.OccupationCodes", l["Unknown occupation codes: {0}.", string.Join(", ", unknown)]);
        if (!ModelState.IsValid) return Page();

        p.Update(new ProgramRules(Input.Name, Input.Description ?? string.Empty, Input.EligibleTeers, Input.ExpeditedTeers, Input.RequiresParticipatingEmployer,
            string.Join(",", provinces.Select(x => x.ToUpperInvariant())), Input.MinimumDurationDays, Input.RequiresIndeterminate, Input.RequiresFullTime,
            Input.UsesOccupationList, Input.FeeExempt, Input.IsActive));
        var current = await db.ProgramOccupations.Where(x => x.ProgramCode == code).ToListAsync(ct);
        db.ProgramOccupations.RemoveRange(current.Where(x => !codes.Contains(x.OccupationCode)));
        db.ProgramOccupations.AddRange(codes.Where(c => current.All(x => x.OccupationCode != c)).Select(c => ProgramOccupation.Create(code, c)));
        await db.SaveChangesAsync(ct);
        reference.ProgramsChanged();
        TempData["Status"] = l["The rules of {0} are saved.", p.Name].Value;
        return RedirectToPage("Index");
    }

    private static List<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split([',', ' ', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
