using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Organizations;
using Portal.Web.Localization;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Admin;

/// <summary>
/// One organization for administrators: its details, its members, and whether it is a participating employer of the
/// Global Hypergrowth Project, which an administrator can confirm here (and withdraw) once checked outside the portal.
/// </summary>
public sealed class OrganizationModel(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The Innovation Stream, the program whose employers are named (IRCC, exemption code C88) (IRCC, International Mobility Program: Innovation Stream, offer of employment and employer compliance fee).</summary>
    private const string InnovationStream = "C88";

    public sealed record MemberRow(string FullName, string Email, MemberRole Role, bool IsActive);
    public sealed record Participation(ParticipatingEmployer Employer, bool ByBusinessNumber, bool Confirmed, string? ConfirmedBy);

    public Organizations.Organization Organization { get; private set; } = null!;
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    /// <summary>The participating employers this organization is, by its business number or an administrator's confirmation.</summary>
    public IReadOnlyList<Participation> Participations { get; private set; } = [];
    /// <summary>The participating employers no other organization is confirmed as, to choose from.</summary>
    public IReadOnlyList<ParticipatingEmployer> Choices { get; private set; } = [];

    [BindProperty] public Guid? ParticipatingEmployerId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (org is null) return NotFound();
        Organization = org;
        Members = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MemberRow(u.FullName, u.Email!, m.Role, m.IsActive))
            .ToListAsync(ct);
        var employers = await db.ParticipatingEmployers.AsNoTracking().Where(e => e.ProgramCode == InnovationStream).OrderBy(e => e.Name).ToListAsync(ct);
        var confirmers = employers.Select(e => e.ConfirmedByUserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => confirmers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.FullName, ct);
        Participations = employers.Where(e => e.Matches(org.Id, org.BusinessNumber))
            .Select(e => new Participation(e, e.BusinessNumber == org.BusinessNumber, e.ConfirmedOrganizationId == org.Id,
                e.ConfirmedByUserId is { } by ? names.GetValueOrDefault(by) : null))
            .ToList();
        Choices = employers.Where(e => e.ConfirmedOrganizationId is null).ToList();
        return Page();
    }

    /// <summary>An administrator confirms this organization as a participating employer; the audit trail keeps who and when.</summary>
    public async Task<IActionResult> OnPostConfirmParticipationAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == id, ct)) return NotFound();
        var employer = await db.ParticipatingEmployers.FirstOrDefaultAsync(e => e.Id == ParticipatingEmployerId && e.ProgramCode == InnovationStream, ct);
        if (employer is null)
            TempData["Error"] = l["Choose the participating employer this organization is."].Value;
        else if (!employer.Confirm(id, db.Actor.UserId!.Value, clock.GetUtcNow().UtcDateTime))
            TempData["Error"] = l["Another organization is already confirmed as {0}: withdraw that confirmation first.", employer.Name].Value;
        else
        {
            await db.SaveChangesAsync(ct);
            TempData["Status"] = l["This organization is confirmed as {0}, a participating employer.", employer.Name].Value;
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWithdrawParticipationAsync(Guid id, Guid employer, CancellationToken ct)
    {
        var confirmed = await db.ParticipatingEmployers.FirstOrDefaultAsync(e => e.Id == employer && e.ConfirmedOrganizationId == id, ct);
        if (confirmed is null) return NotFound();
        confirmed.WithdrawConfirmation();
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["This organization is no longer confirmed as {0}.", confirmed.Name].Value;
        return RedirectToPage(new { id });
    }
}
