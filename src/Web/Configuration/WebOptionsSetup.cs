using System.Globalization;
using Microsoft.Extensions.Options;

namespace Portal.Web.Configuration;

/// <summary>Binds <see cref="WebOptions"/> from the flat environment names; a value that is not a number binds as null so validation can name it.</summary>
internal sealed class WebOptionsSetup(IConfiguration configuration) : IConfigureOptions<WebOptions>
{
    public const string PortKey = "PORT";
    public const string BindAddressKey = "BIND_ADDRESS";
    public const string SecretKeyKey = "SECRET_KEY";
    public const string EnvironmentKey = "ENV";
    public const string LiveReverifySecondsKey = "LIVE_REVERIFY_SECONDS";
    public const string IdentityBackendKey = "IDENTITY_BACKEND";
    public const string CultureKey = "CULTURE";

    public void Configure(WebOptions options)
    {
        options.Port = ReadNumber(PortKey, WebOptions.DefaultPort);
        options.BindAddress = configuration[BindAddressKey]?.Trim() ?? string.Empty;
        options.SecretKey = configuration[SecretKeyKey] ?? string.Empty;
        options.Environment = configuration[EnvironmentKey] is { Length: > 0 } environment ? environment.Trim() : "production";
        options.LiveReverifySeconds = ReadNumber(LiveReverifySecondsKey, 60);
        options.Culture = configuration[CultureKey] is { Length: > 0 } culture ? culture.Trim() : WebOptions.DefaultCulture;
        options.IdentityBackend = configuration[IdentityBackendKey] is { Length: > 0 } backend
            ? backend.Trim().ToLowerInvariant()
            : WebOptions.HtpiIdentity;
    }

    private int? ReadNumber(string key, int fallback)
    {
        var raw = configuration[key];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        return int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
