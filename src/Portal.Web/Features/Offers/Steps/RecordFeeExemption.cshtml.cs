using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Documents;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>
/// Records that the employer is exempt from the compliance fee: why, and the proof, attached here or uploaded before
/// (IRCC, employer compliance fee: an exempt employer keeps the proof).
/// </summary>
public sealed class RecordFeeExemptionModel(DocumentStore store, OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.Status == OfferStatus.Submitted;

    protected override async Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        var uploaded = await Db.Documents.AnyAsync(d => d.OwnerId == Offer.Id && d.Kind == DocumentKind.ExemptionProof, ct);
        // The offer answers first, so that a file is kept only with an exemption that is recorded.
        var problems = Offer.RecordFeeExemption(Input.Reason, uploaded || Input.File is not null, Me, Now);
        if (problems.Count == 0 && Input.File is not null)
        {
            var (_, problem) = await DocumentUploads.AddAsync(Db, store, Input.File, Offer.OrganizationId, DocumentOwner.Offer, Offer.Id,
                DocumentKind.ExemptionProof, Me, Now, ct);
            if (problem is { } p) ModelState.AddModelError($"{nameof(Input)}.{nameof(OfferStepInput.File)}", Shared.UploadMessages.Describe(p, L));
        }
        Done = L["The fee exemption is recorded. Next: record the offer of employment number."];
        return problems;
    }
}
