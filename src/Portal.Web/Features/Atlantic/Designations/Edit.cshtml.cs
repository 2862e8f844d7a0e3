using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Documents;
using Portal.Web.Features.Organizations;
using Portal.Web.Features.Shared;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Atlantic.Designations;

/// <summary>
/// An owner applies for designation in one Atlantic province: saves a draft, then submits it. After an administrator
/// asks for changes, the same page edits and resubmits it (a new version; the earlier one stays in the history).
/// </summary>
[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public sealed class EditModel(
    PortalDbContext db, UserManager<PortalUser> users, DocumentStore store, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public DesignationInput Input { get; set; } = new();
    [BindProperty] public IFormFile? TrainingCertificate { get; set; }
    /// <summary>"submit" (the Submit button) or anything else (Save as draft).</summary>
    [BindProperty] public string? Intent { get; set; }

    public Guid? Id { get; private set; }
    public DesignationApplication? Application { get; private set; }
    public string? CertificateName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, Province? province, CancellationToken ct)
    {
        if (id is not null)
        {
            var application = await db.DesignationApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
            if (application is null) return NotFound();
            if (!application.CanEdit) return RedirectToPage("Details", new { id });
            Input = DesignationInput.From(application);
            Application = application;
            Id = id;
        }
        else if (province is { } p && Provinces.Atlantic.Contains(p))
        {
            Input.Province = p;
        }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var me = Guid.Parse(users.GetUserId(User)!);
        DesignationApplication? application = null;
        if (id is not null)
        {
            application = await db.DesignationApplications.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (application is null) return NotFound();
            if (!application.CanEdit)
            {
                TempData["Error"] = l["This application is with the administrators: it can be changed only if they ask for changes."].Value;
                return RedirectToPage("Details", new { id });
            }
            (Id, Application, Input.Province) = (application.Id, application, application.Province);
        }
        else if (Input.Province is not { } province)
        {
            ModelState.AddModelError("Input.Province", l["Choose the province."]);
        }
        else if (!Provinces.Atlantic.Contains(province))
        {
            ModelState.AddModelError("Input.Province", AtlanticMessages.Describe(DesignationProblem.NotAtlantic, l, province));
        }
        else if (await OpenOrDesignatedAsync(province, today, ct) is { } reason)
        {
            ModelState.AddModelError("Input.Province", reason);
        }
        if (!ModelState.IsValid) return await ShowAsync(ct);

        var organizationId = Guid.Parse(User.FindFirst(PortalClaims.OrganizationId)!.Value);
        if (application is null)
        {
            (application, _) = DesignationApplication.Start(organizationId, Input.Province!.Value, me, now);
            db.DesignationApplications.Add(application!);
        }
        application!.Edit(Input.ToDetails(), now);
        if (TrainingCertificate is not null)
        {
            var (_, problem) = await DocumentUploads.AddAsync(db, store, TrainingCertificate, organizationId, DocumentOwner.DesignationApplication,
                application.Id, DocumentKind.TrainingCertificate, me, now, ct);
            if (problem is not null)
            {
                ModelState.AddModelError(nameof(TrainingCertificate), UploadMessages.Describe(problem.Value, l));
                db.ChangeTracker.Clear();
                return await ShowAsync(ct);
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another owner opened an application for this province a moment ago: the unique index said no.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Province", l["Your organization already has an open application for {0}.", AtlanticMessages.Province(application.Province, l)]);
            return await ShowAsync(ct);
        }
        (Id, Application) = (application.Id, application);

        if (Intent != "submit")
        {
            TempData["Status"] = l["The application is saved as a draft. Submit it when it is complete."].Value;
            return RedirectToPage("Details", new { id = application.Id });
        }
        var hasCertificate = await HasCertificateAsync(application.Id, ct);
        var problems = application.ProblemsForSubmission(today, hasCertificate);
        if (problems.Count > 0)
        {
            foreach (var (field, problem) in problems)
                ModelState.AddModelError(field == nameof(TrainingCertificate) ? field : "Input." + field,
                    AtlanticMessages.Describe(problem, l, application.Province, application.OperatingSince, application.MonthsOfOperation(today)));
            ModelState.AddModelError(string.Empty, l["The application is saved as a draft, but it cannot be submitted yet: complete what is marked below."]);
            return await ShowAsync(ct);
        }
        application.Submit(today, hasCertificate, me, now);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["The application for {0} is submitted. An administrator will review it.", AtlanticMessages.Province(application.Province, l)].Value;
        return RedirectToPage("Details", new { id = application.Id });
    }

    private async Task<string?> OpenOrDesignatedAsync(Province province, DateOnly today, CancellationToken ct)
    {
        var existing = await db.DesignationApplications.AsNoTracking().Where(a => a.Province == province).ToListAsync(ct);
        if (existing.Any(a => a.IsOpen))
            return l["Your organization already has an open application for {0}.", AtlanticMessages.Province(province, l)];
        if (existing.Any(a => a.DesignatesOn(today)))
            return l["Your organization is already designated in {0}.", AtlanticMessages.Province(province, l)];
        return null;
    }

    private Task<bool> HasCertificateAsync(Guid id, CancellationToken ct) =>
        db.Documents.AnyAsync(d => d.OwnerId == id && d.Kind == DocumentKind.TrainingCertificate, ct);

    private async Task<PageResult> ShowAsync(CancellationToken ct)
    {
        if (Id is { } id)
            CertificateName = await db.Documents.AsNoTracking()
                .Where(d => d.OwnerId == id && d.Kind == DocumentKind.TrainingCertificate)
                .OrderByDescending(d => d.UploadedAtUtc).Select(d => d.FileName).FirstOrDefaultAsync(ct);
        return Page();
    }
}
