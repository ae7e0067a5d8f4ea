using MediatR;
using Microsoft.AspNetCore.Mvc;
using Portal.Domain.Tenants;
using Portal.Web.Configuration;
using Portal.Web.Identity;

namespace Portal.Web.Pages;

/// <summary>
/// A page for a signed-in user. <see cref="SignedInAsync"/> reads the sign-in cookie (no cookie: off to the login page)
/// and runs the page's queries alongside the token check; failures go to the one exception map.
/// </summary>
public abstract class PortalPageModel(PortalPageServices services) : FormPageModel, ILayoutModel
{
    private bool signedIn;

    protected IMediator Mediator => services.Mediator;

    protected TimeProvider Clock => services.Clock;

    /// <summary>
    /// The sign-in of this request, once <see cref="SignedInAsync"/> has read it, with the changes the request made to it
    /// (re-validated, links refreshed); the layout shows its name and the Platform areas it links.
    /// </summary>
    public PortalSignIn? CurrentSignIn => signedIn ? services.SignedIn.Current : null;

    /// <summary>Which backends this Portal runs with: the navigation offers only their areas.</summary>
    public BackendModes Modes => services.Modes;

    public string LogoutCsrf => CsrfFor("logout");

    public virtual PracticeHeader? Practice => null;

    public virtual string? LiveUrl => null;

    /// <summary>The CSRF token for one of this user's forms.</summary>
    public string CsrfFor(string purpose) =>
        CurrentSignIn is null ? string.Empty : services.Csrf.ForSignIn(CurrentSignIn, purpose);

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>
    /// A value of the address's query as model binding gave a string (the first one given; a blank one is none), read
    /// directly: a page that binds nothing skips model binding, a good share of a page's own cost.
    /// </summary>
    protected string? QueryValue(string name) =>
        Request.Query[name] is { Count: > 0 } values && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;

    /// <summary>The address's values of the query parameters <paramref name="names"/>, each as <see cref="QueryValue"/> reads it.</summary>
    protected IReadOnlyDictionary<string, string?> QueryValues(params IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.ToDictionary(name => name, QueryValue, StringComparer.Ordinal);
    }

    /// <summary>The page of a list asked for in the query parameter <paramref name="parameter"/>, read as <see cref="PageNumberText"/> says.</summary>
    protected int PageNumberIn(string parameter) => PageNumberText.Read(QueryValue(parameter));

    protected Task<IActionResult> SignedInAsync(Func<PortalSignIn, Task<IActionResult>> page) => ForSignInAsync(csrfPurpose: null, page);

    /// <summary>A form post: the CSRF token for <paramref name="purpose"/> is demanded before anything is sent.</summary>
    protected Task<IActionResult> SignedInPostAsync(string purpose, Func<PortalSignIn, Task<IActionResult>> page)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        return ForSignInAsync(purpose, page);
    }

    /// <summary>
    /// The user's tenants were just listed: when that changes what the cookie carries (or its practices are due to be
    /// stamped again), it is re-issued carrying them for the practice header, stamped now, with the Platform links they
    /// give (when Portal runs with the Platform).
    /// </summary>
    protected void RememberPractices(IReadOnlyList<Tenant> tenants)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        var now = Clock.GetUtcNow();
        if (CurrentSignIn is { } signIn && signIn.PracticesChangedBy(tenants, now, Modes.Platform))
        {
            services.SignedIn.Change(current => current.WithPractices(tenants, now, withLinks: Modes.Platform));
        }
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

        signedIn = true;
        return await services.SignedIn.RunAsync(signIn, () => RunPageAsync(signIn, page), Aborted);
    }
}
