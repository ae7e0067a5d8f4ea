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
    public const string SignInAbsoluteLifetimeKey = "SIGNIN_ABSOLUTE_LIFETIME";
    public const string SignInIdleLifetimeKey = "SIGNIN_IDLE_LIFETIME";
    public const string LoginLimitPerAddressKey = "LOGIN_LIMIT_PER_ADDRESS";
    public const string LoginLimitPerEmailKey = "LOGIN_LIMIT_PER_EMAIL";
    public const string LoginLimitWindowKey = "LOGIN_LIMIT_WINDOW";
    public const string ForwardedForProxiesKey = "FORWARDED_FOR_PROXIES";
    public const string ShutdownDelayKey = "SHUTDOWN_DELAY";
    public const string CultureKey = "CULTURE";

    public void Configure(WebOptions options)
    {
        options.Port = ReadNumber(PortKey, WebOptions.DefaultPort);
        options.BindAddress = configuration[BindAddressKey]?.Trim() ?? string.Empty;
        options.SecretKey = configuration[SecretKeyKey] ?? string.Empty;
        options.Environment = configuration[EnvironmentKey] is { Length: > 0 } environment ? environment.Trim() : "production";
        options.LiveReverifySeconds = ReadNumber(LiveReverifySecondsKey, 60);
        options.Culture = configuration[CultureKey] is { Length: > 0 } culture ? culture.Trim() : WebOptions.DefaultCulture;
        options.SignInAbsoluteLifetime = ReadDuration(SignInAbsoluteLifetimeKey, WebOptions.DefaultSignInAbsoluteLifetime);
        options.SignInIdleLifetime = ReadDuration(SignInIdleLifetimeKey, WebOptions.DefaultSignInIdleLifetime);
        options.LoginLimitPerAddress = ReadNumber(LoginLimitPerAddressKey, WebOptions.DefaultLoginLimitPerAddress);
        options.LoginLimitPerEmail = ReadNumber(LoginLimitPerEmailKey, WebOptions.DefaultLoginLimitPerEmail);
        options.LoginLimitWindow = ReadDuration(LoginLimitWindowKey, WebOptions.DefaultLoginLimitWindow);
        options.ForwardedForProxies = configuration[ForwardedForProxiesKey]?.Trim() ?? string.Empty;
        options.ShutdownDelay = ReadDuration(ShutdownDelayKey, WebOptions.DefaultShutdownDelay);
    }

    /// <summary>A TimeSpan written as <c>hh:mm:ss</c> (or <c>d.hh:mm:ss</c>); null when it is not one, so validation names it.</summary>
    private TimeSpan? ReadDuration(string key, TimeSpan fallback)
    {
        var raw = configuration[key];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        return TimeSpan.TryParseExact(raw.Trim(), "c", CultureInfo.InvariantCulture, out var value) ? value : null;
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
