using System.Globalization;
using Portal.Application.Common.Exceptions;
using Portal.Web.Identity;

namespace Portal.Web.Routing;

/// <summary>
/// Whether the request's tenant has a Platform link for the signed-in user. Without a sign-in nothing is decided here:
/// the page sends the visitor to the login page as every page does.
/// </summary>
public static class PlatformLink
{
    public static void Demand(HttpContext context, SignInCookie cookie)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cookie);
        var tenantId = Convert.ToString(context.GetRouteValue("tenantId"), CultureInfo.InvariantCulture) ?? string.Empty;
        if (cookie.TryRead(context.Request, out var signIn) && !signIn.HasPlatformLink(tenantId))
        {
            throw new NotFoundException("tenant");
        }
    }
}
