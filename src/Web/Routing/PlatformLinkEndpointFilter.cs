namespace Portal.Web.Routing;

/// <summary>The endpoint counterpart of <see cref="PlatformLinkPageFilter"/>, for the invoice PDF.</summary>
public sealed class PlatformLinkEndpointFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        PlatformLink.Demand(context.HttpContext);
        return next(context);
    }
}
