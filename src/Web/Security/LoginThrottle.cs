using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Web.Configuration;
using Portal.Web.Errors;

namespace Portal.Web.Security;

/// <summary>
/// Login throttling: the login POST is counted per client address and per e-mail address (trimmed, lower case), each in
/// a fixed window (LOGIN_LIMIT_PER_ADDRESS, LOGIN_LIMIT_PER_EMAIL, LOGIN_LIMIT_WINDOW); past either limit it answers 429
/// with Retry-After and a page saying when to try again. The client address is the connection's, or the one a trusted
/// proxy forwarded (FORWARDED_FOR_PROXIES, applied before this runs), never a header from anyone else. An IPv6 client
/// counts by its /64, which one subscriber usually holds whole. The counters live in this instance's memory only, keyed
/// by an HMAC of the address or e-mail: they slow guessing down; the identity backend owns real lockout.
/// </summary>
public static class LoginThrottle
{
    /// <summary>The form field the e-mail address is posted in.</summary>
    public const string EmailField = "Email";

    private const string LoginPage = "/Login";

    public static IServiceCollection AddLoginThrottle(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebOptions>, SecretKeyring>((limiter, web, keys) =>
        {
            var settings = web.Value;
            var window = settings.LoginLimitWindow ?? WebOptions.DefaultLoginLimitWindow;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsLoginPost(context)
                    ? Window("address:" + Hash(keys, AddressKey(context.Connection.RemoteIpAddress)), settings.LoginLimitPerAddress ?? WebOptions.DefaultLoginLimitPerAddress, window)
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsLoginPost(context) && PostedEmail(context) is { } email
                    ? Window("email:" + Hash(keys, email), settings.LoginLimitPerEmail ?? WebOptions.DefaultLoginLimitPerEmail, window)
                    : RateLimitPartition.GetNoLimiter(string.Empty)));
            limiter.OnRejected = (rejected, _) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
                rejected.HttpContext.Response.Headers.RetryAfter = ExceptionMap.RetryAfterHeader(wait);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// Only a login POST is ever counted (every other request's partition has no limit), so only a login POST passes
    /// through the limiter, and every other request is spared its lease and its state machines. The limiter chooses its
    /// partitions synchronously, from the form <see cref="Errors.FormReading"/> has already read (or refused) before this.
    /// </summary>
    public static IApplicationBuilder UseLoginThrottle(this IApplicationBuilder app) =>
        app.UseWhen(IsLoginPost, login => login.UseRateLimiter());

    /// <summary>The e-mail address as the limit counts it: trimmed and in lower case, so "Ada@X " and "ada@x" are one.</summary>
    public static string? NormaliseEmail(string? email) =>
        email?.Trim() is { Length: > 0 } trimmed ? trimmed.ToLowerInvariant() : null;

    /// <summary>The key of a client address: an IPv4 address as it is, an IPv6 address by its first 64 bits.</summary>
    public static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }

    private static bool IsLoginPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.RouteValues["page"] is LoginPage;

    private static string? PostedEmail(HttpContext context) =>
        context.Request.HasFormContentType && context.Features.Get<IFormFeature>()?.Form is { } form
            ? NormaliseEmail(form[EmailField].ToString())
            : null;

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static string Hash(SecretKeyring keys, string value) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(keys.ThrottleKey, Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));
}
