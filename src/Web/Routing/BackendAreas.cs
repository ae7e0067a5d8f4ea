using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Configuration;

namespace Portal.Web.Routing;

/// <summary>
/// The pages of each backend's areas, by folder. A backend Portal runs without has no routes for its pages (they answer
/// 404 like any unknown address, and their handlers, whose ports are not registered, are never reached). The Platform's
/// pages also answer 404 for a tenant or user without a Platform link (<see cref="PlatformLinkPageFilter"/>).
/// </summary>
public static class BackendAreas
{
    public static IReadOnlyList<string> HtpiFolders { get; } = ["/Patients", "/Encounters"];

    public static IReadOnlyList<string> PlatformFolders { get; } = ["/Billing", "/Services", "/Tickets", "/Company", "/Team"];

    /// <summary>The user's own account (profile, privacy): it lives on the Platform, and belongs to no tenant.</summary>
    public const string AccountFolder = "/Account";

    public static void Apply(PageConventionCollection conventions, BackendModes modes)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        ArgumentNullException.ThrowIfNull(modes);
        if (!modes.Platform)
        {
            conventions.AddFolderRouteModelConvention(AccountFolder, page => page.Selectors.Clear());
        }

        foreach (var folder in HtpiFolders.Where(_ => !modes.Htpi))
        {
            conventions.AddFolderRouteModelConvention(folder, page => page.Selectors.Clear());
        }

        foreach (var folder in PlatformFolders)
        {
            if (modes.Platform)
            {
                conventions.AddFolderApplicationModelConvention(
                    folder, page => page.Filters.Add(new ServiceFilterAttribute(typeof(PlatformLinkPageFilter))));
            }
            else
            {
                conventions.AddFolderRouteModelConvention(folder, page => page.Selectors.Clear());
            }
        }
    }
}
