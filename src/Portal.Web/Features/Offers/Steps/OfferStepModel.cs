using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>
/// One step of an offer, as a page of its own: GET shows the offer's heading and the step's form (the offer's page shows
/// the same form, from the step's partial); POST hands what was typed to the offer, which checks it. Done: the offer
/// is saved and the member is back on the offer's page with what comes next. Refused: each problem is shown beside its
/// field (<see cref="OfferMessages.FieldOf"/>) on this page, with what was typed kept; a problem with no field (the step
/// is not the next one) is shown above the offer. Who may take a step is the folder's access rule (members of the
/// offer's organization); another organization's offer is not found.
/// </summary>
[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public abstract class OfferStepModel(OfferStepServices services) : PageModel
{
    protected PortalDbContext Db { get; } = services.Db;
    protected IStringLocalizer<SharedResource> L { get; } = services.L;
    protected DateOnly Today => services.Clock.Today();
    protected DateTime Now => services.Clock.GetUtcNow().UtcDateTime;
    protected Guid Me => Guid.Parse(services.Users.GetUserId(User)!);

    public Offer Offer { get; private set; } = null!;
    public string OrganizationName { get; private set; } = string.Empty;
    /// <summary>The compliance fee in force today, for the step that records it (<see cref="LoadMoreAsync"/>).</summary>
    public ReferenceData.ComplianceFee? Fee { get; protected set; }

    [BindProperty] public OfferStepInput Input { get; set; } = new();

    public OfferHeader Header => new(Offer, OrganizationName, CanEdit: false);
    public OfferStepForm Form => new(Offer, Input, Fee);

    /// <summary>Whether the offer is where this step can be taken; when not, the page says so instead of showing the form.</summary>
    public abstract bool IsNext { get; }

    /// <summary>Takes the step on <see cref="Offer"/> with <see cref="Input"/>; none returned and no model error added: done.</summary>
    protected abstract Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct);

    /// <summary>What the offer's page says once the step is done.</summary>
    protected string Done { get; set; } = string.Empty;

    /// <summary>What a problem's sentence names (the fee in force, the number typed), when it names something.</summary>
    protected virtual object[] ValuesOf(OfferProblem problem) => [];

    /// <summary>
    /// A problem that only the database can see at saving (a unique index), asked after the save failed and the context was
    /// cleared, or null to let the exception through.
    /// </summary>
    protected virtual Task<OfferProblem?> WhenSaveRefusedAsync(CancellationToken ct) => Task.FromResult<OfferProblem?>(null);

    /// <summary>What a step needs besides the offer, read each time the offer is.</summary>
    protected virtual Task LoadMoreAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>What the form starts with when the page is opened.</summary>
    protected virtual void Prefill() { }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Prefill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // A value that did not parse (a date typed by hand, an amount with letters) is kept with its message.
        if (!ModelState.IsValid) return Page();
        var problems = await TakeAsync(ct);
        if (problems.Count == 0 && ModelState.IsValid)
        {
            try
            {
                await Db.SaveChangesAsync(ct);
                TempData["Status"] = Done;
                return RedirectToPage("/Offers/Details", new { id });
            }
            catch (DbUpdateException)
            {
                Db.ChangeTracker.Clear();
                if (await WhenSaveRefusedAsync(ct) is not { } refused) throw;
                problems = [refused];
            }
        }
        var unplaced = problems.Where(p => OfferMessages.FieldOf(p) is null).ToList();
        if (unplaced.Count > 0)
        {
            TempData["Error"] = OfferMessages.Describe(unplaced[0], L, ValuesOf(unplaced[0]));
            return RedirectToPage("/Offers/Details", new { id });
        }
        foreach (var problem in problems)
            ModelState.AddModelError($"{nameof(Input)}.{OfferMessages.FieldOf(problem)}", OfferMessages.Describe(problem, L, ValuesOf(problem)));
        // Refused: the page shows the offer as it is stored (a step the offer took before another check said no is not kept).
        Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The offer, through the organization filter, with its organization's name and what the step adds.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await OfferHeader.LoadAsync(Db, id, ct) is not { } found) return false;
        (Offer, OrganizationName) = found;
        await LoadMoreAsync(ct);
        return true;
    }
}
