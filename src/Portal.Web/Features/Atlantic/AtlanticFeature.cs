using Portal.Web.Features.Reminders;

namespace Portal.Web.Features.Atlantic;

public static class AtlanticFeature
{
    /// <summary>The Atlantic Immigration Program: its pages are found by folder; this adds its reminders to the sweep.</summary>
    public static WebApplicationBuilder AddPortalAtlantic(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IReminderSource, AtlanticReminders>();
        return builder;
    }
}
