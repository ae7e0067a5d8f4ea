using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Pages;

/// <summary>Signing out forgets the cookie; there is nothing on the server to forget.</summary>
public sealed class LogoutModel(SignInCookie cookie, CsrfTokens csrf) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost()
    {
        if (cookie.TryRead(Request, out var signIn))
        {
            csrf.Demand(Request, signIn, "logout");
            cookie.Clear(Response);
            return Redirect(LoginRedirect.LoginPath + "?signedOut=true");
        }

        return Redirect(LoginRedirect.LoginPath);
    }
}
