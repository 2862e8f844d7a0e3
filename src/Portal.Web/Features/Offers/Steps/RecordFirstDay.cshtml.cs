using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the worker's first day of employment, which starts the six years the offer's records are kept.</summary>
public sealed class RecordFirstDayModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : OfferStepModel(db, users, clock, l)
{
    public override bool IsNext => Offer.PermitOutcome == PermitOutcome.Approved && Offer.FirstDayOfEmployment is null;

    protected override Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        var problems = Offer.RecordFirstDay(Input.Date, Today, Me, Now);
        if (problems.Count == 0) Done = L["The first day is recorded: keep the offer's records until {0:yyyy-MM-dd}.", Offer.RecordsKeptUntil!.Value];
        return Task.FromResult(problems);
    }
}
