using MediatR;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Identity;

namespace Portal.Web.Pages;

/// <summary>
/// A page for a signed-in user. <see cref="SignedInAsync"/> reads the sign-in cookie (no cookie: off to the login page)
/// and runs the page's queries alongside the token check; failures go to the one exception map.
/// </summary>
public abstract class PortalPageModel(PortalPageServices services) : FormPageModel, ILayoutModel
{
    protected IMediator Mediator => services.Mediator;

    protected TimeProvider Clock => services.Clock;

    /// <summary>The sign-in of this request, once <see cref="SignedInAsync"/> has read it; the layout shows its name.</summary>
    public PortalSignIn? CurrentSignIn { get; private set; }

    public string LogoutCsrf => CsrfFor("logout");

    public virtual PracticeHeader? Practice => null;

    public virtual string? LiveUrl => null;

    /// <summary>The CSRF token for one of this user's forms.</summary>
    public string CsrfFor(string purpose) =>
        CurrentSignIn is null ? string.Empty : services.Csrf.ForSignIn(CurrentSignIn, purpose);

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected Task<IActionResult> SignedInAsync(Func<PortalSignIn, Task<IActionResult>> page) => ForSignInAsync(csrfPurpose: null, page);

    /// <summary>A form post: the CSRF token for <paramref name="purpose"/> is demanded before anything is sent.</summary>
    protected Task<IActionResult> SignedInPostAsync(string purpose, Func<PortalSignIn, Task<IActionResult>> page)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        return ForSignInAsync(purpose, page);
    }

    /// <summary>The page's work for <paramref name="signIn"/>; a page that needs more for its layout adds it alongside.</summary>
    protected virtual Task<IActionResult> RunPageAsync(PortalSignIn signIn, Func<PortalSignIn, Task<IActionResult>> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page(signIn);
    }

    private async Task<IActionResult> ForSignInAsync(string? csrfPurpose, Func<PortalSignIn, Task<IActionResult>> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!services.SignedIn.TryGetSignIn(HttpContext, out var signIn))
        {
            return Redirect(LoginRedirect.For(Request));
        }

        if (csrfPurpose is not null)
        {
            services.Csrf.Demand(Request, signIn, csrfPurpose);
        }

        CurrentSignIn = signIn;
        return await services.SignedIn.RunAsync(signIn, () => RunPageAsync(signIn, page), Aborted);
    }
}
