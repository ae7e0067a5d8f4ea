using System.Net;
using System.Text.Json;
using Portal.Demo.Backend;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>Signed calls to a running demo Platform API, as a given user looking at a given customer.</summary>
internal sealed class PlatformClient(DemoBackendHost host, HttpClient http)
{
    public const string DanaId = "usr-dana-whitfield";
    public const string MarcoId = "usr-marco-alvarez";

    public PlatformSigner Signer { get; } = new(DemoBackendOptions.DefaultPlatformApiSecret, DemoBackendOptions.DefaultPortalId);

    public Uri Url(string endpoint) => new(host.PlatformUrl + "/" + endpoint.TrimStart('/'));

    public static byte[] Body(string userId, string customerId, object? extra = null)
    {
        var fields = new Dictionary<string, object?>
        {
            ["user_id"] = userId,
            ["customer_id"] = customerId,
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
            {
                fields[property.Name] = property.Value;
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(fields);
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => http.SendAsync(request);

    public async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(string endpoint, string userId, string customerId, object? extra = null)
    {
        using var response = await http.SendAsync(Signer.Create(Url(endpoint), Body(userId, customerId, extra)));
        var json = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsByteArrayAsync());
        return (response.StatusCode, json);
    }

    public async Task<(HttpResponseMessage Response, byte[] Bytes)> PostRawAsync(string endpoint, string userId, string customerId)
    {
        var response = await http.SendAsync(Signer.Create(Url(endpoint), Body(userId, customerId)));
        return (response, await response.Content.ReadAsByteArrayAsync());
    }
}
