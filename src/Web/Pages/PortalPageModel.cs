using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Application.Common.Exceptions;
using Portal.Web.Identity;

namespace Portal.Web.Pages;

/// <summary>
/// A page for a signed-in user. <see cref="SignedInAsync"/> reads the sign-in cookie (no cookie: off to the login page)
/// and runs the page's queries alongside the token check; failures go to the one exception map.
/// </summary>
public abstract class PortalPageModel(PortalPageServices services) : PageModel
{
    protected IMediator Mediator => services.Mediator;

    /// <summary>The sign-in of this request, once <see cref="SignedInAsync"/> has read it; the layout shows its name.</summary>
    public PortalSignIn? CurrentSignIn { get; private set; }

    /// <summary>The CSRF token for one of this user's forms.</summary>
    public string CsrfFor(string purpose) =>
        CurrentSignIn is null ? string.Empty : services.Csrf.ForSignIn(CurrentSignIn, purpose);

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected async Task<IActionResult> SignedInAsync(Func<PortalSignIn, Task<IActionResult>> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!services.SignedIn.TryGetSignIn(HttpContext, out var signIn))
        {
            return Redirect(LoginRedirect.For(Request));
        }

        return await RunAsync(signIn, page);
    }

    /// <summary>A form post: the CSRF token for <paramref name="purpose"/> is demanded before anything is sent.</summary>
    protected async Task<IActionResult> SignedInPostAsync(string purpose, Func<PortalSignIn, Task<IActionResult>> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!services.SignedIn.TryGetSignIn(HttpContext, out var signIn))
        {
            return Redirect(LoginRedirect.For(Request));
        }

        services.Csrf.Demand(Request, signIn, purpose);
        return await RunAsync(signIn, page);
    }

    /// <summary>Puts a validator's messages beside the form's fields (the keys are the request's property names).</summary>
    protected void ShowErrors(RequestValidationException invalid)
    {
        FormErrors.Show(ModelState, invalid);
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    /// <summary>The messages for one field, for showing beside it.</summary>
    public IEnumerable<string> ErrorsFor(string field) => FormErrors.For(ModelState, field);

    public bool HasErrors(string field) => ErrorsFor(field).Any();

    /// <summary>A field of this page's form with its messages.</summary>
    public FormField Field(string name, string label, string? value, int maxLength, string type = "text", bool required = true, string autoComplete = "off") =>
        new(name, label, value, ErrorsFor(name).ToArray(), maxLength, type, required, autoComplete);

    private Task<IActionResult> RunAsync(PortalSignIn signIn, Func<PortalSignIn, Task<IActionResult>> page)
    {
        CurrentSignIn = signIn;
        return services.SignedIn.RunAsync(signIn, () => page(signIn), Aborted);
    }
}
