using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Portal.Demo.Backend.Security;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// The Platform's HMAC middleware for every path under the base path, known or not: a request that fails any signing rule
/// gets 401 <c>{"error": "HMAC authentication failed"}</c> before routing, a portal id over its rate limit 429 with
/// <c>Retry-After</c>; a genuine one reaches its endpoint with its JSON body parsed.
/// </summary>
internal sealed class PlatformGate(PlatformRequestVerifier verifier, PortalRateLimiter limiter)
{
    /// <summary>Bodies over 10 MB (by Content-Length) are refused as the Platform refuses them.</summary>
    public const long MaxBodyBytes = 10 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(queryStart < 0 ? rawTarget : rawTarget[..queryStart]);
        var query = queryStart < 0 ? null : rawTarget[(queryStart + 1)..];
        var headers = context.Request.Headers;
        var portalId = headers["X-Portal-Id"].FirstOrDefault();
        if (body is null || !verifier.Verify(
            context.Request.Method,
            path,
            query,
            context.Request.ContentType,
            body,
            portalId,
            headers["X-Nonce"].FirstOrDefault(),
            headers["X-Timestamp"].FirstOrDefault(),
            headers["X-Body-Hash"].FirstOrDefault(),
            headers["X-Signature"].FirstOrDefault()))
        {
            await PlatformResults.HmacFailed().ExecuteAsync(context);
            return;
        }

        if (limiter.TryAcquire(portalId!) is { } wait)
        {
            await PlatformResults.TooManyRequests(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))).ExecuteAsync(context);
            return;
        }

        new PlatformCall(Parse(context.Request.ContentType, body)).AttachTo(context);
        await next(context);
    }

    /// <summary>The body as a JSON object; an empty one unless it is one and was sent as <c>application/json</c>.</summary>
    private static JsonElement Parse(string? contentType, byte[] body)
    {
        if (PlatformSignature.ContentTypeLine(contentType) == "application/json" && body.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return document.RootElement.Clone();
                }
            }
            catch (JsonException)
            {
                // Read as no body: the identity checks then answer 400, as they do on the Platform.
            }
        }

        using var empty = JsonDocument.Parse("{}");
        return empty.RootElement.Clone();
    }

    /// <summary>The raw body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
