using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Portal.Web.Configuration;

/// <summary>Web's settings, read from the environment names the deployment uses (PORT, BIND_ADDRESS, SECRET_KEY, ENV).</summary>
public sealed class WebOptions
{
    public const int MinSecretKeyLength = 32;
    public const int DefaultPort = 8080;
    public const int DefaultLoginLimitPerAddress = 30;
    public const int DefaultLoginLimitPerEmail = 10;

    /// <summary>PORT: the TCP port Kestrel listens on; null when the value is not a number.</summary>
    public int? Port { get; set; } = DefaultPort;

    /// <summary>BIND_ADDRESS: the IP address Kestrel listens on; empty means every interface.</summary>
    public string BindAddress { get; set; } = string.Empty;

    /// <summary>SECRET_KEY: the root of every key (the sign-in cookie's AES-256-GCM key, the CSRF tokens' MAC key); shared by all instances.</summary>
    public string SecretKey { get; set; } = string.Empty;

    /// <summary>ENV: "production" or "development".</summary>
    public string Environment { get; set; } = "production";

    /// <summary>CULTURE: the culture every page formats numbers, money and dates in (a name such as en-US or de-DE).</summary>
    public string Culture { get; set; } = DefaultCulture;

    public const string DefaultCulture = "en-US";

    /// <summary>LIVE_REVERIFY_SECONDS: how often an open live-update stream asks whether its token is still good.</summary>
    public int? LiveReverifySeconds { get; set; } = 60;

    /// <summary>SIGNIN_ABSOLUTE_LIFETIME: how long a sign-in lasts at most, however busy the user is.</summary>
    public TimeSpan? SignInAbsoluteLifetime { get; set; } = DefaultSignInAbsoluteLifetime;

    /// <summary>SIGNIN_IDLE_LIFETIME: how long a sign-in lasts without a request; each request renews it.</summary>
    public TimeSpan? SignInIdleLifetime { get; set; } = DefaultSignInIdleLifetime;

    /// <summary>LOGIN_LIMIT_PER_ADDRESS: login attempts one client address may make per window, on one instance.</summary>
    public int? LoginLimitPerAddress { get; set; } = DefaultLoginLimitPerAddress;

    /// <summary>LOGIN_LIMIT_PER_EMAIL: login attempts for one e-mail address per window, on one instance.</summary>
    public int? LoginLimitPerEmail { get; set; } = DefaultLoginLimitPerEmail;

    /// <summary>LOGIN_LIMIT_WINDOW: the fixed window both login limits count in.</summary>
    public TimeSpan? LoginLimitWindow { get; set; } = DefaultLoginLimitWindow;

    /// <summary>FORWARDED_FOR_PROXIES: comma-separated IP addresses and CIDR networks whose X-Forwarded-For/-Proto are believed.</summary>
    public string ForwardedForProxies { get; set; } = string.Empty;

    /// <summary>SHUTDOWN_DELAY: how long /readyz answers 503 on a stop before open live streams are told to reconnect elsewhere.</summary>
    public TimeSpan? ShutdownDelay { get; set; } = DefaultShutdownDelay;

    public static TimeSpan DefaultSignInAbsoluteLifetime { get; } = TimeSpan.FromHours(12);

    public static TimeSpan DefaultSignInIdleLifetime { get; } = TimeSpan.FromMinutes(30);

    public static TimeSpan DefaultLoginLimitWindow { get; } = TimeSpan.FromMinutes(5);

    public static TimeSpan DefaultShutdownDelay { get; } = TimeSpan.FromSeconds(2);

    /// <summary>The address BIND_ADDRESS names, or null for every interface (and for a value that failed validation).</summary>
    public IPAddress? ListenAddress => TryParseIpAddress(BindAddress, out var address) ? address : null;

    /// <summary>
    /// An IP address written out in full: four dotted decimal numbers without leading zeros, or an IPv6 address.
    /// IPAddress.TryParse alone also takes shorthand such as "1" or "127.1" and reads "010" as octal, which are more
    /// likely mistakes than intended addresses.
    /// </summary>
    public static bool TryParseIpAddress(string? text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        if (string.IsNullOrEmpty(text) || !IPAddress.TryParse(text, out var parsed))
        {
            return false;
        }

        var written = parsed.AddressFamily == AddressFamily.InterNetworkV6
            ? text.Contains(':', StringComparison.Ordinal)
            : text.Split('.') is { Length: 4 } parts && parts.All(IsDecimalByte);
        address = written ? parsed : null;
        return written;
    }

    /// <summary>The culture CULTURE names, or null when it names none the runtime knows.</summary>
    public CultureInfo? FormattingCulture
    {
        get
        {
            try
            {
                return string.IsNullOrWhiteSpace(Culture) ? null : CultureInfo.GetCultureInfo(Culture.Trim(), predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                return null;
            }
        }
    }

    public bool IsDevelopment => string.Equals(Environment, "development", StringComparison.OrdinalIgnoreCase);

    public TimeSpan LiveReverifyInterval => TimeSpan.FromSeconds(LiveReverifySeconds ?? 60);

    /// <summary>The proxies FORWARDED_FOR_PROXIES names; a value that failed validation names none.</summary>
    public IReadOnlyList<IPNetwork> TrustedProxies => TryParseProxies(ForwardedForProxies, out var networks) ? networks : [];

    /// <summary>
    /// Comma-separated IP addresses (a network of one) and CIDR networks such as <c>10.0.0.0/8</c>; empty means none.
    /// A network's address must have no bits beyond its prefix, so <c>10.1.2.3/8</c> is refused as a likely mistake.
    /// </summary>
    public static bool TryParseProxies(string? text, out IReadOnlyList<IPNetwork> networks)
    {
        var parsed = new List<IPNetwork>();
        networks = parsed;
        foreach (var entry in (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryParseIpAddress(entry, out var address))
            {
                parsed.Add(new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32));
            }
            else if (entry.Split('/') is [var prefix, _] && TryParseIpAddress(prefix, out var written)
                && IPNetwork.TryParse(entry, out var network) && network.BaseAddress.Equals(written))
            {
                parsed.Add(network);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDecimalByte(string part) =>
        part.Length is >= 1 and <= 3 && part.All(char.IsAsciiDigit) && (part.Length == 1 || part[0] != '0');
}
