using System.Net;
using Portal.Web.Live;

namespace Portal.Web.FunctionalTests.Routing;

/// <summary>
/// Every tenant route, forms included, answers a signed-in user asking about a practice that is not theirs exactly as it
/// answers for a practice that does not exist: a GET is 404 (the live stream's is its one <c>no-access</c> event, which the
/// page's EventSource can read), and no method tells the two apart.
/// </summary>
public sealed class ForeignTenantTests
{
    private const string OthersTenant = "tenant-3";
    private const string MissingTenant = "tenant-404";

    [Fact]
    public async Task Every_tenant_route_answers_another_users_practice_exactly_like_one_that_does_not_exist()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var problems = new List<string>();
        var tenantRoutes = AppRoute.All(app).Where(r => r.IsTenantRoute).ToList();
        Assert.Contains(tenantRoutes, r => r.Pattern == "/t/{tenantId:id}/patients/new");
        Assert.Contains(tenantRoutes, r => r.Pattern == "/t/{tenantId:id}/tickets/new");

        foreach (var route in tenantRoutes)
        {
            foreach (var method in AppRoute.EveryMethod.Where(route.Accepts))
            {
                using var others = await EveryRouteAndMethodTests.SendAsync(browser.Client, method, route.Url(OthersTenant));
                using var missing = await EveryRouteAndMethodTests.SendAsync(browser.Client, method, route.Url(MissingTenant));
                var othersBody = await others.Content.ReadAsStringAsync();
                var missingBody = await missing.Content.ReadAsStringAsync();

                if (route.Pattern == LiveStreamBranch.Pattern)
                {
                    if (method == "GET" && othersBody != "retry: 5000\n\n" + TenantEventsEndpoint.NoAccessEvent)
                    {
                        problems.Add($"{method} {route.Url(OthersTenant)} answered {(int)others.StatusCode} without its no-access event");
                    }
                }
                else if (method is "GET" or "HEAD" && others.StatusCode != HttpStatusCode.NotFound)
                {
                    problems.Add($"{method} {route.Url(OthersTenant)} answered {(int)others.StatusCode}, not 404");
                }

                if (others.StatusCode != missing.StatusCode || othersBody != missingBody)
                {
                    problems.Add($"{method} {route}: another user's practice answered {(int)others.StatusCode}, a missing one {(int)missing.StatusCode}, bodies {(othersBody == missingBody ? "equal" : "different")}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
