using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Portal.Demo.Backend.Security;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// Lets through only signed Platform requests with a JSON object body: anything else under the base path gets the uniform
/// 401 before routing, so an unsigned caller cannot even learn which endpoints exist.
/// </summary>
internal sealed class PlatformGate(PlatformRequestVerifier verifier)
{
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var query = queryStart < 0 ? null : rawTarget[(queryStart + 1)..];
        var headers = context.Request.Headers;
        if (body is null || !verifier.Verify(
            context.Request.Method,
            path,
            query,
            body,
            headers["X-Portal-Id"].FirstOrDefault(),
            headers["X-Nonce"].FirstOrDefault(),
            headers["X-Timestamp"].FirstOrDefault(),
            headers["X-Body-Hash"].FirstOrDefault(),
            headers["X-Signature"].FirstOrDefault()))
        {
            await PlatformResults.Unauthorized().ExecuteAsync(context);
            return;
        }

        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(body);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await PlatformResults.BadRequest("the body must be a JSON object").ExecuteAsync(context);
            return;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            await PlatformResults.BadRequest("the body must be a JSON object").ExecuteAsync(context);
            return;
        }

        new PlatformCall(json).AttachTo(context);
        await next(context);
    }

    /// <summary>The raw body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
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
