using MediatR;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Pages;

/// <summary>What every page model needs, in one constructor parameter.</summary>
public sealed class PortalPageServices(IMediator mediator, SignInCookie cookie, CsrfTokens csrf, SignedInWork signedIn)
{
    public IMediator Mediator { get; } = mediator;

    public SignInCookie Cookie { get; } = cookie;

    public CsrfTokens Csrf { get; } = csrf;

    public SignedInWork SignedIn { get; } = signedIn;
}
