namespace Portal.Web.Features.Documents;

public static class DocumentsFeature
{
    /// <summary>Uploaded documents of offers, designations and endorsement cases: where their bytes are kept.</summary>
    public static WebApplicationBuilder AddPortalDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DocumentStore>();
        return builder;
    }
}
