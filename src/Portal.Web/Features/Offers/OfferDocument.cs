using Portal.Web.Features.Documents;

namespace Portal.Web.Features.Offers;

public enum DocumentKind
{
    SignedOfferLetter = 1,
    EmploymentAgreement = 2,
    FeeReceipt = 3,
    ExemptionProof = 4,
    Other = 5,
}

/// <summary>A file kept with an offer (<see cref="Document"/>), of one of the offer's kinds.</summary>
public sealed class OfferDocument : Document
{
    private OfferDocument() { }

    public Guid OfferId { get; private set; }
    public DocumentKind Kind { get; private set; }

    public static OfferDocument Create(Offer offer, DocumentKind kind, CheckedFile file, Guid userId, DateTime nowUtc)
    {
        var document = new OfferDocument { OfferId = offer.Id, Kind = kind };
        document.Keep(offer.OrganizationId, file, userId, nowUtc);
        return document;
    }
}

public static class DocumentKinds
{
    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.SignedOfferLetter => "Signed offer letter",
        DocumentKind.EmploymentAgreement => "Employment agreement",
        DocumentKind.FeeReceipt => "Fee receipt",
        DocumentKind.ExemptionProof => "Proof of fee exemption",
        _ => "Other",
    };
}
