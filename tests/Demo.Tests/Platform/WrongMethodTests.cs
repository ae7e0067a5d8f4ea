using System.Net;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>A signed request with the wrong method (platform-api.md §2.1): DRF's 405 <c>{detail}</c>, an empty body for login.</summary>
public sealed class WrongMethodTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private PlatformClient Client => fixture.Client;

    [Theory]
    [InlineData("billing/summary/", "GET")]
    [InlineData("tickets/categories/", "POST")]
    [InlineData("services/501/", "PUT")]
    public async Task Wrong_method_gets_drfs_405(string path, string method)
    {
        using var request = Client.Signer.Create(Client.Url(path), method == "GET" ? null : PlatformClient.Body(PlatformClient.Dana, PlatformClient.Riverside),
            new HttpMethod(method), contentType: method == "GET" ? null : "application/json");
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal($$"""{"detail":"Method \u0022{{method}}\u0022 not allowed."}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrong_method_on_login_gets_an_empty_405()
    {
        using var request = Client.Signer.Create(Client.Url("users/login/"), null, HttpMethod.Get, contentType: null);
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
