using Microsoft.Extensions.Options;

namespace Portal.Web.Configuration;

/// <summary>Refuses a start with a missing or invalid setting, naming the environment variable to fix.</summary>
internal sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
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

        if (options.IdentityBackend is not (WebOptions.HtpiIdentity or WebOptions.PlatformIdentity))
        {
            failures.Add($"{WebOptionsSetup.IdentityBackendKey} must be '{WebOptions.HtpiIdentity}' or '{WebOptions.PlatformIdentity}'.");
        }

        if (options.LiveReverifySeconds is not (>= 1 and <= 3600))
        {
            failures.Add($"{WebOptionsSetup.LiveReverifySecondsKey} must be a number of seconds from 1 to 3600.");
        }

        if (options.FormattingCulture is null || options.FormattingCulture.Equals(System.Globalization.CultureInfo.InvariantCulture))
        {
            failures.Add($"{WebOptionsSetup.CultureKey} must name a culture such as {WebOptions.DefaultCulture} or de-DE (unset: {WebOptions.DefaultCulture}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
