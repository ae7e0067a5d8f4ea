using Portal.Adapters.Http.IntegrationTests.Infrastructure;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

/// <summary>
/// The Platform clients are built once and serve every user for the host's life: a cookie one answer sets (a Django
/// session, a CSRF cookie) is never sent back with a later call, whoever makes it.
/// </summary>
public sealed class PlatformCookieTests : PlatformTestBase
{
    [Fact]
    public async Task A_cookie_the_platform_sets_is_never_sent_back()
    {
        Platform.On(CustomersPath, (context, _) =>
        {
            context.Response.Headers.SetCookie = "sessionid=someone-else; Path=/; HttpOnly";
            return FakePlatform.WriteJsonAsync(context, CustomersJson);
        });

        await ListCustomersAsync(Portal);
        await ListCustomersAsync(Portal);

        var requests = Platform.RequestsTo(CustomersPath);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, request => Assert.Empty(request.Header("Cookie")));
    }
}
