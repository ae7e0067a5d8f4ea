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
    /// <summary>
    /// Reads the sign-in through the request's <see cref="SignedInWork"/>, which keeps it: the page or endpoint that runs
    /// next takes it from there instead of reading and verifying the cookie a second time.
    /// </summary>
    public static void Demand(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tenantId = Convert.ToString(context.GetRouteValue("tenantId"), CultureInfo.InvariantCulture) ?? string.Empty;
        if (context.RequestServices.GetRequiredService<SignedInWork>().TryGetSignIn(context, out var signIn) && !signIn.HasPlatformLink(tenantId))
        {
            throw new NotFoundException("tenant");
        }
    }
}
