using Portal.Web.Features.Reminders;

namespace Portal.Web.Features.Offers;

public static class OffersFeature
{
    /// <summary>Offers of employment: their pages are found by folder; this adds their reminders to the sweep.</summary>
    public static WebApplicationBuilder AddPortalOffers(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IReminderSource, OfferReminders>();
        builder.Services.AddScoped<Steps.OfferStepServices>();
        return builder;
    }
}
