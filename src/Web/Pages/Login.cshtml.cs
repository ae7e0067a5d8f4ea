using MediatR;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Commands.Login;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Pages;

/// <summary>
/// The login form. Its CSRF token is bound to a random nonce cookie (there is no sign-in yet); on success the sign-in
/// cookie is written and the user goes to the (local) page they asked for or the practice picker.
/// </summary>
public sealed class LoginModel(IMediator mediator, SignInCookie cookie, CsrfTokens csrf) : FormPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set by the redirect after Sign out (a flag, not state): the page then says the sign-out happened.</summary>
    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    public string CsrfToken { get; private set; } = string.Empty;

    public void OnGet()
    {
        ReturnUrl = LoginRedirect.IsLocal(ReturnUrl) ? ReturnUrl : null;
        CsrfToken = csrf.ForLogin(HttpContext);
        Notice = SignedOut ? "You have signed out." : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        csrf.DemandForLogin(Request);
        ReturnUrl = LoginRedirect.IsLocal(ReturnUrl) ? ReturnUrl : null;
        try
        {
            var signedIn = await mediator.Send(new LoginCommand(Email ?? string.Empty, Password ?? string.Empty), HttpContext.RequestAborted);
            var user = signedIn.User;
            cookie.Write(Response, new PortalSignIn(signedIn.Token.Value, user.Id.Value, user.Name.Length > 0 ? user.Name : user.Email));
            CsrfTokens.ClearLoginNonce(Response);
            return Redirect(ReturnUrl ?? "/tenants");
        }
        catch (RequestValidationException invalid)
        {
            ShowErrors(invalid);
        }
        catch (NotAuthenticatedException refused)
        {
            Reject(LoginRefusal.MessageFor(refused), StatusCodes.Status401Unauthorized);
        }

        Password = null;
        CsrfToken = csrf.ForLogin(HttpContext, fresh: true);
        return Page();
    }
}
