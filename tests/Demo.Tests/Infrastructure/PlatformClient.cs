using System.Globalization;
using System.Net;
using System.Text.Json;
using Portal.Demo.Backend;

namespace Portal.Demo.Tests.Infrastructure;

/// <summary>Signed calls to a running demo Platform API, with identity bodies as platform-api.md §1.1 describes them.</summary>
internal sealed class PlatformClient(DemoBackendHost host, HttpClient http)
{
    // The demo's Platform ids, as samples/DemoBackend/README.md lists them.
    public const long Dana = 1041;
    public const long Marco = 1042;
    public const long Olivia = 1043;
    public const long Sam = 1044;
    public const long Riverside = 2101;
    public const long Harbor = 2102;
    public const long Summit = 2103;

    public PlatformSigner Signer { get; } = new(DemoBackendOptions.DefaultPlatformApiSecret, DemoBackendOptions.DefaultPortalId);

    public Uri Url(string endpoint) => new(host.PlatformUrl + "/" + endpoint.TrimStart('/'));

    /// <summary>A body with <c>user_id</c>, <c>customer_id</c> (each left out when null) and a numeric <c>timestamp</c>, then <paramref name="extra"/>.</summary>
    public static byte[] Body(long? userId, long? customerId, object? extra = null)
    {
        var fields = new Dictionary<string, object?>();
        if (userId is not null)
        {
            fields["user_id"] = userId;
        }

        if (customerId is not null)
        {
            fields["customer_id"] = customerId;
        }

        fields["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
            {
                fields[property.Name] = property.Value;
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(fields);
    }

    public static byte[] Json(object body) => JsonSerializer.SerializeToUtf8Bytes(body);

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => http.SendAsync(request);

    public async Task<(HttpStatusCode Status, JsonElement Json)> SendForJsonAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
        }
    }

    /// <summary>A customer-scoped (C) call: the acting user, the customer, anything else.</summary>
    public Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(string endpoint, long userId, long customerId, object? extra = null) =>
        SendForJsonAsync(Signer.Create(Url(endpoint), Body(userId, customerId, extra)));

    /// <summary>A call with exactly this body (signed).</summary>
    public Task<(HttpStatusCode Status, JsonElement Json)> PostBodyAsync(string endpoint, byte[] body) =>
        SendForJsonAsync(Signer.Create(Url(endpoint), body));

    public Task<(HttpStatusCode Status, JsonElement Json)> GetAsync(string endpointWithQuery) =>
        SendForJsonAsync(Signer.Create(Url(endpointWithQuery), null, HttpMethod.Get, contentType: null));

    public async Task<(HttpResponseMessage Response, byte[] Bytes)> PostRawAsync(string endpoint, long userId, long customerId)
    {
        var response = await http.SendAsync(Signer.Create(Url(endpoint), Body(userId, customerId)));
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
