using Portal.LoadRun.Hosting;

namespace Portal.LoadRun.Load;

/// <summary>
/// The Cookie header every client sends, renewed by a fresh sign-in when the measured interval begins: the clients never
/// take the cookies Portal re-issues, so a sign-in older than a minute would have its activity stamp renewed (and the
/// practices of the header listed) on every request, which a browser's would not — and a warm-up can last longer than a
/// minute.
/// </summary>
internal sealed class SignedInCookie(Func<CancellationToken, Task<string>> signIn)
{
    private string header = string.Empty;

    /// <summary>Signed in through the login form of the Portal at <paramref name="portal"/>, as the demo account.</summary>
    public static SignedInCookie At(Uri portal) =>
        new(token => PortalLogin.SignInAsync(portal, DemoAccount.Email, DemoAccount.Password, token));

    public string Header => Volatile.Read(ref header);

    public async Task RenewAsync(CancellationToken cancellationToken) => Volatile.Write(ref header, await signIn(cancellationToken));
}
