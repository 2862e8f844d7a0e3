using Portal.Web.Features.Documents;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Keeps a document with the offer (the signed offer letter, the proof of a fee exemption...), at any step.</summary>
public sealed class UploadModel(DocumentStore store, OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => true;

    protected override async Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        const string field = $"{nameof(Input)}.{nameof(OfferStepInput.File)}";
        if (Input.File is null)
        {
            ModelState.AddModelError(field, L["Choose a file."]);
            return [];
        }
        var (document, problem) = await DocumentUploads.AddAsync(Db, store, Input.File, Offer.OrganizationId, DocumentOwner.Offer, Offer.Id, Input.Kind, Me, Now, ct);
        if (problem is { } p)
            ModelState.AddModelError(p == DocumentStore.Problem.WrongKind ? $"{nameof(Input)}.{nameof(OfferStepInput.Kind)}" : field, Shared.UploadMessages.Describe(p, L));
        else Done = L["{0} is saved with the offer.", document!.FileName];
        return [];
    }
}
