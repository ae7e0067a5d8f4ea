using Microsoft.Playwright;

namespace Portal.Web.BrowserTests.Infrastructure;

/// <summary>
/// One state of one page the accessibility tests check, and how a person gets there from a fresh page: signed in as
/// Dana (or, <see cref="AsSam"/>, as Sam, whose profile states no language) or not, by the links and forms a person uses,
/// on the Portal whose Platform API is down or the one with every backend up. Reaching it returns once the state is on
/// screen.
/// </summary>
public sealed record PageState(string Name, bool SignedIn, Func<IPage, Task> ReachAsync, bool PlatformDown = false, bool AsSam = false)
{
    public override string ToString() => Name;
}
