using Portal.Domain.Common;

namespace Portal.Web.Routing;

/// <summary>The <c>{x:id}</c> route constraint: only Domain identifiers match, so anything else in an id's place is a plain 404.</summary>
internal sealed class IdentifierRouteConstraint : IRouteConstraint
{
    public const string Name = "id";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value) && Identifier.IsValid(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
