using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Portal.LoadRun.Bare;

/// <summary>
/// One of Portal's pages as Portal answered it once: status, headers (content type, security headers, cache control) and
/// body. The bare endpoint answers exactly this, so the two send the same bytes and differ only in how they got there.
/// </summary>
internal sealed class CapturedPage
{
    /// <summary>Kestrel writes these itself, per response.</summary>
    private static readonly HashSet<string> PerResponseHeaders =
        new(["Date", "Server", "Transfer-Encoding", "Content-Length", "Connection", "Keep-Alive"], StringComparer.OrdinalIgnoreCase);

    private readonly KeyValuePair<string, StringValues>[] headers;
    private readonly byte[] body;
    private readonly bool chunked;

    private CapturedPage(KeyValuePair<string, StringValues>[] headers, byte[] body, bool chunked)
    {
        this.headers = headers;
        this.body = body;
        this.chunked = chunked;
    }

    public static async Task<CapturedPage> CaptureAsync(HttpClient client, Uri address, string cookieHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("Cookie", cookieHeader);
        using var answer = await client.SendAsync(request, cancellationToken);
        if (answer.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Portal answered {(int)answer.StatusCode} to {address}; the bare endpoint captures only 200 pages.");
        }

        var body = await answer.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = answer.Headers.Concat(answer.Content.Headers)
            .Where(header => !PerResponseHeaders.Contains(header.Key))
            .Select(header => KeyValuePair.Create(header.Key, new StringValues(header.Value.ToArray())))
            .ToArray();
        return new CapturedPage(headers, body, answer.Headers.TransferEncodingChunked == true);
    }

    public Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }

        // As Portal sent it: Razor streams its page in chunks, so no Content-Length unless Portal gave one.
        if (!chunked)
        {
            response.ContentLength = body.Length;
        }

        return response.Body.WriteAsync(body, cancellationToken).AsTask();
    }
}
