using Portal.Web.Identity;

namespace Portal.Web.Pages;

/// <summary>
/// What the layout shows around a page: who is signed in (their name and Sign out) and, on a practice's pages, which
/// practice it is. Error pages carry it too, so a signed-in user keeps the header and navigation there.
/// </summary>
public interface ILayoutModel
{
    PortalSignIn? CurrentSignIn { get; }

    /// <summary>The CSRF token of the Sign out form; empty when nobody is signed in.</summary>
    string LogoutCsrf { get; }

    /// <summary>The practice the page belongs to, or null off a practice's pages.</summary>
    PracticeHeader? Practice { get; }

    /// <summary>The live-update stream of the page's practice, or null for a page without live updates.</summary>
    string? LiveUrl { get; }
}
