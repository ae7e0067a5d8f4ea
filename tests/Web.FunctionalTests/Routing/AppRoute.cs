using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Web.FunctionalTests.Routing;

/// <summary>
/// One route of the running app, read from its <see cref="EndpointDataSource"/> so that a new page or endpoint is walked
/// without touching the tests, and the methods it really handles: a page's handler methods (HEAD with GET, as Razor
/// Pages runs OnGet for it), an endpoint's declared methods, or every method when it declares none.
/// </summary>
internal sealed record AppRoute(string Pattern, IReadOnlySet<string> Methods, bool IsPage)
{
    public static readonly string[] EveryMethod = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS"];

    /// <summary>Ids the seeded fakes know, so that a GET renders a real page; any other parameter gets a well-formed id.</summary>
    private static readonly Dictionary<string, string> SampleValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tenantId"] = Samples.Clinic.Value,
        ["patientId"] = "pat-1",
        ["claimId"] = "clm-1",
        ["encounterId"] = "enc-1",
        ["number"] = "INV-2026-0001",
        ["serviceId"] = "svc-1",
        ["ticketId"] = "tk-1",
        ["userId"] = "1003",
        ["code"] = "404",
    };

    public bool IsTenantRoute => Pattern.StartsWith("/t/{tenantId", StringComparison.Ordinal);

    public bool Accepts(string method) => Methods.Contains(method);

    public override string ToString() => Pattern;

    public static IReadOnlyList<AppRoute> All(PortalApp app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = endpoints
            .Select(e => new AppRoute(
                "/" + e.RoutePattern.RawText?.TrimStart('/'), MethodsOf(e), e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null))
            .DistinctBy(r => r.Pattern)
            .OrderBy(r => r.Pattern, StringComparer.Ordinal)
            .ToList();
        Assert.Contains(routes, r => r.Pattern == "/t/{tenantId:id}/billing" && r.Methods.SetEquals(["GET", "HEAD"]));
        return routes;
    }

    /// <summary>The address of this route with sample values, <paramref name="tenantId"/> in place of the tenant.</summary>
    public string Url(string tenantId = "tenant-1")
    {
        var path = new StringBuilder();
        foreach (var segment in RoutePatternFactory.Parse(Pattern).PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { Name: "tenantId" } => tenantId,
                    RoutePatternParameterPart parameter => SampleValues.GetValueOrDefault(parameter.Name, "sample-1"),
                    _ => throw new InvalidOperationException($"Unexpected route part in {Pattern}."),
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static IReadOnlySet<string> MethodsOf(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { HandlerMethods.Count: > 0 } page)
        {
            var handled = page.HandlerMethods.Select(h => h.HttpMethod.ToUpper(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
            if (handled.Contains(HttpMethods.Get))
            {
                handled.Add(HttpMethods.Head);
            }

            return handled;
        }

        // A page without handler methods (the error page, which re-executes requests of every method) and an endpoint
        // that names no method answer every method.
        return endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is null
            && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 } declared
                ? declared.HttpMethods.ToHashSet(StringComparer.Ordinal)
                : EveryMethod.ToHashSet(StringComparer.Ordinal);
    }
}
