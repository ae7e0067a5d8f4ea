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
    public const string HtpiIdentity = "htpi";
    public const string PlatformIdentity = "platform";

    /// <summary>PORT: the TCP port Kestrel listens on; null when the value is not a number.</summary>
    public int? Port { get; set; } = DefaultPort;

    /// <summary>BIND_ADDRESS: the IP address Kestrel listens on; empty means every interface.</summary>
    public string BindAddress { get; set; } = string.Empty;

    /// <summary>SECRET_KEY: the root of every MAC key (sign-in cookie, CSRF tokens); shared by all instances.</summary>
    public string SecretKey { get; set; } = string.Empty;

    /// <summary>ENV: "production" or "development".</summary>
    public string Environment { get; set; } = "production";

    /// <summary>IDENTITY_BACKEND: who signs users in and lists their tenants, "htpi" (over NATS) or "platform" (over HTTP).</summary>
    public string IdentityBackend { get; set; } = HtpiIdentity;

    /// <summary>CULTURE: the culture every page formats numbers, money and dates in (a name such as en-US or de-DE).</summary>
    public string Culture { get; set; } = DefaultCulture;

    public const string DefaultCulture = "en-US";

    /// <summary>LIVE_REVERIFY_SECONDS: how often an open live-update stream asks whether its token is still good.</summary>
    public int? LiveReverifySeconds { get; set; } = 60;

    /// <summary>The identity backend IDENTITY_BACKEND names: "platform" means the Platform, anything else HTPI (and anything unknown fails validation).</summary>
    public static bool UsesPlatformIdentity(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.Equals(configuration[Configuration.WebOptionsSetup.IdentityBackendKey]?.Trim(), PlatformIdentity, StringComparison.OrdinalIgnoreCase);
    }

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

    private static bool IsDecimalByte(string part) =>
        part.Length is >= 1 and <= 3 && part.All(char.IsAsciiDigit) && (part.Length == 1 || part[0] != '0');
}
