using Microsoft.Extensions.Localization;
using Portal.Web.Features.Documents;

namespace Portal.Web.Features.Shared;

/// <summary>Why an uploaded file was refused, for every page that takes documents.</summary>
public static class UploadMessages
{
    public static string Describe(DocumentStore.Problem problem, IStringLocalizer l) => problem switch
    {
        DocumentStore.Problem.Empty => l["The file is empty."],
        DocumentStore.Problem.TooLarge => l["The file is larger than 10 MB."],
        DocumentStore.Problem.WrongKind => l["Choose one of the kinds of document listed."],
        _ => l["Only PDF, PNG and JPEG files are accepted, and this file is none of them."],
    };
}
