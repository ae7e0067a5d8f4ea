using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Identity;

namespace Portal.Web.Pages;

/// <summary>The start page: the practice picker for someone signed in, the login page otherwise.</summary>
public sealed class IndexModel(SignInCookie cookie) : PageModel
{
    public IActionResult OnGet() => Redirect(cookie.TryReadOrClear(Response, out _) ? "/tenants" : LoginRedirect.LoginPath);
}
