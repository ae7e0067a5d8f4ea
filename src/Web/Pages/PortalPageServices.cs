using MediatR;
using Portal.Web.Configuration;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Pages;

/// <summary>What every page model needs, in one constructor parameter.</summary>
public sealed class PortalPageServices(IMediator mediator, CsrfTokens csrf, SignedInWork signedIn, TimeProvider clock, BackendModes modes)
{
    public BackendModes Modes { get; } = modes;

    public IMediator Mediator { get; } = mediator;

    public CsrfTokens Csrf { get; } = csrf;

    public SignedInWork SignedIn { get; } = signedIn;

    public TimeProvider Clock { get; } = clock;
}
