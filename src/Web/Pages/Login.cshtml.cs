using MediatR;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Commands.Login;
using Portal.Application.Identity.Queries.RevalidateSignIn;
using Portal.Application.Profile.Queries.GetProfile;
using Portal.Domain.Identity;
using Portal.Web.Configuration;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Pages;

/// <summary>
/// The login form. Its CSRF token is bound to a random nonce cookie (there is no sign-in yet); on success the sign-in
/// cookie is written and the user goes to the (local) page they asked for or the practice picker. A user with a Platform
/// id is confirmed with the Platform at once, so the cookie starts with the membership fingerprint and the tenants'
/// Platform links.
/// </summary>
public sealed partial class LoginModel(
    IMediator mediator,
    SignInCookie cookie,
    CsrfTokens csrf,
    BackendModes modes,
    TimeProvider clock,
    ILogger<LoginModel> logger) : FormPageModel
{
    /// <summary>Said when the identity backend asks for a second step, which Portal has no page for yet.</summary>
    public const string SecondStepMessage =
        "This account needs a second sign-in step (such as a code from an authenticator app), which this portal cannot offer yet. "
        + "You have not been signed in. Please contact your administrator.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set by the redirect after Sign out (a flag, not state): the page then says the sign-out happened.</summary>
    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    /// <summary>Set by the redirect after the Platform stopped accepting the user (a flag, not state).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Ended { get; set; }

    public string CsrfToken { get; private set; } = string.Empty;

    public void OnGet()
    {
        ReturnUrl = LoginRedirect.IsLocal(ReturnUrl) ? ReturnUrl : null;
        CsrfToken = csrf.ForLogin(HttpContext);
        Notice = SignedOut
            ? "You have signed out."
            : Ended ? "Your sign-in has ended: your account is no longer active for this portal. Please sign in again." : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        csrf.DemandForLogin(Request);
        ReturnUrl = LoginRedirect.IsLocal(ReturnUrl) ? ReturnUrl : null;
        try
        {
            var attempt = await mediator.Send(new LoginCommand(Email ?? string.Empty, Password ?? string.Empty), HttpContext.RequestAborted);
            if (attempt.SignedIn is not { } signedIn)
            {
                // The backend wants a second step (a code from an authenticator app, say) before it signs the user in.
                // Portal has no page for one yet, so nobody is signed in; the README says how such a page plugs in.
                Reject(SecondStepMessage, StatusCodes.Status401Unauthorized);
                return Retry();
            }

            var user = signedIn.User;
            var signIn = new PortalSignIn(signedIn.Token.Value, user.Id.Value, DisplayName(user))
            {
                PlatformUserId = modes.Platform ? user.PlatformUserId : null,
                TenantsAreCustomers = modes.PlatformOnly,
            };
            cookie.Write(Response, await WithPlatformSessionAsync(signIn));
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

        return Retry();
    }

    /// <summary>The name the backend gives, else its e-mail address, else the address the user signed in with.</summary>
    private string DisplayName(User user) =>
        user.Name.Length > 0 ? user.Name : user.Email.Length > 0 ? user.Email : (Email ?? string.Empty).Trim();

    /// <summary>The form again, without the password and with a fresh token.</summary>
    private IActionResult Retry()
    {
        Password = null;
        CsrfToken = csrf.ForLogin(HttpContext, fresh: true);
        return Page();
    }

    /// <summary>
    /// The Platform's fingerprint and the tenants' links for a user with a Platform id, and, read alongside, the time zone
    /// of their profile. A user the Platform does not accept signs in without Platform areas; a Platform that does not
    /// answer leaves the fingerprint and links out, and the first page asks again; a profile that cannot be read leaves the
    /// time zone out (times then show in the browser's zone until the user saves their profile).
    /// </summary>
    private async Task<PortalSignIn> WithPlatformSessionAsync(PortalSignIn signIn)
    {
        if (signIn.PlatformUserId is not { } platformUserId)
        {
            return signIn;
        }

        var timeZone = ProfileTimeZoneAsync(signIn);
        PortalSignIn confirmed;
        try
        {
            var session = await mediator.Send(
                new RevalidateSignInQuery(signIn.Token, signIn.UserId, platformUserId, KnownMembershipHash: null), HttpContext.RequestAborted);
            confirmed = signIn.WithRevalidation(session, clock.GetUtcNow());
        }
        catch (SignInRevokedException)
        {
            await timeZone;
            return signIn with { PlatformUserId = null };
        }
        catch (PortalException failure)
        {
            LogPlatformUnconfirmed(logger, failure.GetType().Name);
            confirmed = signIn;
        }

        return confirmed.WithTimeZone(await timeZone);
    }

    /// <summary>The time zone the user chose in their Platform profile; null when none or when the profile cannot be read.</summary>
    private async Task<string?> ProfileTimeZoneAsync(PortalSignIn signIn)
    {
        try
        {
            var profile = await mediator.Send(new GetProfileQuery(signIn.OwnAccount()), HttpContext.RequestAborted);
            return profile.Preferences.TimeZone;
        }
        catch (PortalException failure)
        {
            LogProfileUnread(logger, failure.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(EventId = 4306, Level = LogLevel.Information, Message = "The Platform could not confirm a sign-in ({Failure}); the first page asks again.")]
    private static partial void LogPlatformUnconfirmed(ILogger logger, string failure);

    [LoggerMessage(EventId = 4307, Level = LogLevel.Information, Message = "The Platform profile could not be read at sign-in ({Failure}); times show in the browser's zone.")]
    private static partial void LogProfileUnread(ILogger logger, string failure);
}
