using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Web.Routing;

/// <summary>A Platform page for a tenant or user without a Platform link is the same 404 as a tenant that is not the caller's.</summary>
public sealed class PlatformLinkPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        PlatformLink.Demand(context.HttpContext);
        return next();
    }
}
