using Microsoft.Extensions.Options;

namespace Portal.Web.Configuration;

/// <summary>Refuses a start with a missing or invalid setting, naming the environment variable to fix.</summary>
internal sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public static readonly TimeSpan MaxSignInLifetime = TimeSpan.FromDays(30);
    public static readonly TimeSpan MinSignInLifetime = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxLoginLimitWindow = TimeSpan.FromDays(1);
    public static readonly TimeSpan MaxShutdownDelay = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Port is not (>= 1 and <= 65535))
        {
            failures.Add($"{WebOptionsSetup.PortKey} must be a port number from 1 to 65535.");
        }

        if (options.BindAddress.Length > 0 && !WebOptions.TryParseIpAddress(options.BindAddress, out _))
        {
            failures.Add($"{WebOptionsSetup.BindAddressKey} must be an IP address such as 127.0.0.1 or ::1 (unset: every interface).");
        }

        if (string.IsNullOrWhiteSpace(options.SecretKey))
        {
            failures.Add($"{WebOptionsSetup.SecretKeyKey} is required (at least {WebOptions.MinSecretKeyLength} characters).");
        }
        else if (options.SecretKey.Length < WebOptions.MinSecretKeyLength)
        {
            failures.Add($"{WebOptionsSetup.SecretKeyKey} must be at least {WebOptions.MinSecretKeyLength} characters.");
        }

        if (options.Environment is not ("production" or "development"))
        {
            failures.Add($"{WebOptionsSetup.EnvironmentKey} must be 'production' or 'development'.");
        }

        if (options.LiveReverifySeconds is not (>= 1 and <= 3600))
        {
            failures.Add($"{WebOptionsSetup.LiveReverifySecondsKey} must be a number of seconds from 1 to 3600.");
        }

        ValidateSignInLifetimes(options, failures);
        ValidateLoginLimits(options, failures);

        if (!WebOptions.TryParseProxies(options.ForwardedForProxies, out _))
        {
            failures.Add($"{WebOptionsSetup.ForwardedForProxiesKey} must be comma-separated IP addresses or CIDR networks such as 10.0.0.0/8 (unset: no proxy is trusted).");
        }

        if (options.ShutdownDelay is not { } delay || delay < TimeSpan.Zero || delay > MaxShutdownDelay)
        {
            failures.Add($"{WebOptionsSetup.ShutdownDelayKey} must be a duration such as 00:00:02, from 0 to {MaxShutdownDelay:c}.");
        }

        if (options.FormattingCulture is null || options.FormattingCulture.Equals(System.Globalization.CultureInfo.InvariantCulture))
        {
            failures.Add($"{WebOptionsSetup.CultureKey} must name a culture such as {WebOptions.DefaultCulture} or de-DE (unset: {WebOptions.DefaultCulture}).");
        }
        else if (options.FormattingCulture.Calendar is not System.Globalization.GregorianCalendar)
        {
            // Another calendar cannot write every date a backend may send (ar-SA's Um Al-Qura ends in 2077): a 500 later.
            failures.Add($"{WebOptionsSetup.CultureKey} must name a culture whose calendar is the Gregorian one, such as {WebOptions.DefaultCulture} or de-DE; {options.Culture} is not.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSignInLifetimes(WebOptions options, List<string> failures)
    {
        var absolute = options.SignInAbsoluteLifetime;
        var idle = options.SignInIdleLifetime;
        if (absolute is not { } a || a < MinSignInLifetime || a > MaxSignInLifetime)
        {
            failures.Add($"{WebOptionsSetup.SignInAbsoluteLifetimeKey} must be a duration such as 12:00:00, from {MinSignInLifetime:c} to {MaxSignInLifetime:c}.");
        }

        if (idle is not { } i || i < MinSignInLifetime || i > MaxSignInLifetime)
        {
            failures.Add($"{WebOptionsSetup.SignInIdleLifetimeKey} must be a duration such as 00:30:00, from {MinSignInLifetime:c} to {MaxSignInLifetime:c}.");
        }
        else if (absolute is { } bound && i > bound)
        {
            failures.Add($"{WebOptionsSetup.SignInIdleLifetimeKey} must not be longer than {WebOptionsSetup.SignInAbsoluteLifetimeKey}.");
        }
    }

    private static void ValidateLoginLimits(WebOptions options, List<string> failures)
    {
        if (options.LoginLimitPerAddress is not (>= 1 and <= 100_000))
        {
            failures.Add($"{WebOptionsSetup.LoginLimitPerAddressKey} must be a number of attempts from 1 to 100000.");
        }

        if (options.LoginLimitPerEmail is not (>= 1 and <= 100_000))
        {
            failures.Add($"{WebOptionsSetup.LoginLimitPerEmailKey} must be a number of attempts from 1 to 100000.");
        }

        if (options.LoginLimitWindow is not { } window || window < TimeSpan.FromSeconds(1) || window > MaxLoginLimitWindow)
        {
            failures.Add($"{WebOptionsSetup.LoginLimitWindowKey} must be a duration such as 00:05:00, from 00:00:01 to {MaxLoginLimitWindow:c}.");
        }
    }
}
