using Portal.Web.Identity;

namespace Portal.Web.Routing;

/// <summary>The endpoint counterpart of <see cref="PlatformLinkPageFilter"/>, for the invoice PDF.</summary>
public sealed class PlatformLinkEndpointFilter(SignInCookie cookie) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        PlatformLink.Demand(context.HttpContext, cookie);
        return next(context);
    }
}
