using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Admin.Reference;

/// <summary>Adds or corrects one occupation; every change is in the audit trail.</summary>
public sealed class OccupationModel(PortalDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed class Form
    {
        [Required(ErrorMessage = "Enter the five-digit NOC 2021 code."), RegularExpression("^[0-9]{5}$", ErrorMessage = "Enter the five-digit NOC 2021 code.")]
        public string Code { get; set; } = string.Empty;
        [Required(ErrorMessage = "Enter the title."), StringLength(300, ErrorMessage = "Use at most {1} characters.")]
        public string Title { get; set; } = string.Empty;
        [Required(ErrorMessage = "Enter the TEER (0 to 5)."), Range(0, 5, ErrorMessage = "TEER is a number from 0 to 5.")]
        public int? Teer { get; set; }
        [RegularExpression("^[0-9]{4}$", ErrorMessage = "A NOC 2016 code has four digits.")]
        public string? Noc2016Code { get; set; }
        [RegularExpression("^[0ABCDabcd]$", ErrorMessage = "The skill level is 0, A, B, C or D.")]
        public string? Noc2016SkillLevel { get; set; }
        public bool IsActive { get; set; } = true;
    }

    [BindProperty] public Form Input { get; set; } = new();
    public bool IsNew { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (code is null) return Page();
        var o = await db.Occupations.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct);
        if (o is null) return NotFound();
        IsNew = false;
        Input = new Form { Code = o.Code, Title = o.Title, Teer = o.Teer, Noc2016Code = o.Noc2016Code, Noc2016SkillLevel = o.Noc2016SkillLevel, IsActive = o.IsActive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        var existing = code is null ? null : await db.Occupations.FirstOrDefaultAsync(x => x.Code == code, ct);
        if (code is not null && existing is null) return NotFound();
        IsNew = existing is null;
        if (existing is not null) Input.Code = existing.Code;
        if (Input.Teer is { } teer && Occupation.TeerOfCode(Input.Code) is { } byCode && byCode != teer)
            ModelState.AddModelError("Input.Teer", l["The second digit of {0} says TEER {1}.", Input.Code, byCode]);
        if (IsNew && Occupation.IsValidCode(Input.Code) && await db.Occupations.AnyAsync(x => x.Code == Input.Code, ct))
            ModelState.AddModelError("Input.Code", l["The occupation {0} already exists.", Input.Code]);
        if (!ModelState.IsValid) return Page();

        if (existing is null) db.Occupations.Add(Occupation.Create(Input.Code, Input.Title, Input.Teer!.Value, Input.Noc2016Code, Input.Noc2016SkillLevel));
        else existing.Update(Input.Title, Input.Teer!.Value, Input.Noc2016Code, Input.Noc2016SkillLevel, Input.IsActive);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["The occupation {0} is saved.", Input.Code].Value;
        return RedirectToPage("Occupations");
    }
}
