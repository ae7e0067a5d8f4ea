using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>
/// A stand-in Platform API on a real Kestrel loopback port. It checks every request's signature with
/// <see cref="IndependentSignatureVerifier"/> (401 on failure), records every request it receives, and answers the
/// endpoints a test scripted with <see cref="On"/>; anything else is Django's 404 web page. A refused signature gets the
/// HMAC middleware's 401 <c>{"error": "HMAC authentication failed"}</c> (no <c>success</c>).
/// </summary>
public sealed class FakePlatform : IAsyncDisposable
{
    public const string Secret = "fake-platform-secret-0123456789-abcdefghij";
    public const string PortalId = "portal-tests";
    public const string BasePath = "/api/";

    private readonly WebApplication app;
    private readonly IndependentSignatureVerifier verifier;
    private readonly ConcurrentDictionary<string, Func<HttpContext, RecordedRequest, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private int disposed;

    private FakePlatform(WebApplication app, TimeProvider clock)
    {
        this.app = app;
        verifier = new IndependentSignatureVerifier(Secret, PortalId, clock);
        app.Run(HandleAsync);
    }

    /// <summary>The API's base URL as Portal is configured with it, for example <c>http://127.0.0.1:41234/api</c>.</summary>
    public string ApiUrl { get; private set; } = string.Empty;

    public int Port { get; private set; }

    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

    /// <summary>Starts on a free loopback port, or on <paramref name="port"/> to stand in for a Platform that was stopped there.</summary>
    public static async Task<FakePlatform> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var platform = new FakePlatform(builder.Build(), TimeProvider.System);
        await platform.app.StartAsync();
        var address = platform.app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        platform.ApiUrl = address.TrimEnd('/') + BasePath.TrimEnd('/');
        platform.Port = new Uri(address).Port;
        return platform;
    }

    /// <summary>Scripts the answer to <paramref name="path"/>, relative to the base path (for example "billing/summary/").</summary>
    public void On(string path, Func<HttpContext, RecordedRequest, Task> handler) => routes[path] = handler;

    public void OnJson(string path, string json, int status = StatusCodes.Status200OK) =>
        On(path, (context, _) => WriteJsonAsync(context, json, status));

    /// <summary>Answers the scripted responses in turn, repeating the last one.</summary>
    public void OnSequence(string path, params Func<HttpContext, RecordedRequest, Task>[] handlers)
    {
        var calls = -1;
        On(path, (context, request) => handlers[Math.Min(Interlocked.Increment(ref calls), handlers.Length - 1)](context, request));
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path).ToArray();

    public static Task WriteJsonAsync(HttpContext context, string json, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>A Django HTML page, as the Platform answers an unknown path, an uncaught exception or maintenance (§2.1).</summary>
    public static Func<HttpContext, RecordedRequest, Task> Html(int status) =>
        (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(
                $"<!DOCTYPE html>\n<html lang=\"en\"><head><title>Error {status}</title></head><body><h1>Error {status}</h1></body></html>",
                context.RequestAborted);
        };

    public static Func<HttpContext, RecordedRequest, Task> Json(string json, int status = StatusCodes.Status200OK) =>
        (context, _) => WriteJsonAsync(context, json, status);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var refusal = verifier.Check(context.Request.Method, rawTarget, headers, body);
        var pathOnly = rawTarget.Split('?')[0];
        var path = pathOnly.StartsWith(BasePath, StringComparison.Ordinal) ? pathOnly[BasePath.Length..] : pathOnly;
        var recorded = new RecordedRequest(
            context.Request.Method, rawTarget, path, headers, body, Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow, refusal);
        requests.Enqueue(recorded);

        if (refusal is not null)
        {
            // As the Platform's HMAC middleware answers every refusal: no "success" key, no reason.
            await WriteJsonAsync(context, """{"error": "HMAC authentication failed"}""", StatusCodes.Status401Unauthorized);
            return;
        }

        if (routes.TryGetValue(path, out var handler))
        {
            await handler(context, recorded);
            return;
        }

        // Django's answer to a path no route matches (§2.1): a web page, not JSON.
        await Html(StatusCodes.Status404NotFound)(context, recorded);
    }

    /// <summary>The exact bytes of a recorded request, to send them again as an attacker would.</summary>
    public async Task<HttpResponseMessage> ResendAsync(RecordedRequest original, byte[]? body = null, Action<HttpRequestMessage>? tamper = null)
    {
        using var client = new HttpClient();
        var origin = new Uri(ApiUrl).GetLeftPart(UriPartial.Authority);
        using var request = new HttpRequestMessage(new HttpMethod(original.Method), origin + original.RawTarget)
        {
            Content = new ByteArrayContent(body ?? original.Body),
        };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var name in new[] { "X-Portal-Id", "X-Nonce", "X-Timestamp", "X-Body-Hash", "X-Signature" })
        {
            request.Headers.TryAddWithoutValidation(name, original.Header(name));
        }

        tamper?.Invoke(request);
        return await client.SendAsync(request);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
