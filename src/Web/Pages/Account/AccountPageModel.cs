using Portal.Application.Common.Access;
using Portal.Web.Identity;

namespace Portal.Web.Pages.Account;

/// <summary>
/// A page about the signed-in user's own account, not about a practice: no practice header, the account's own sub-nav.
/// Its requests name the user's Platform account; a user without one finds no account here (404).
/// </summary>
public abstract class AccountPageModel(PortalPageServices services) : PortalPageModel(services)
{
    private readonly SignedInWork signedIn = services.SignedIn;

    protected static AccountContext AccountOf(PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return signIn.OwnAccount();
    }

    /// <summary>Re-issues the request's sign-in cookie with <paramref name="change"/> applied.</summary>
    protected void ChangeSignIn(Func<PortalSignIn, PortalSignIn> change) => signedIn.Change(change);
}
