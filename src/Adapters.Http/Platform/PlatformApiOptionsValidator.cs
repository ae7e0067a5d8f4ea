using Microsoft.Extensions.Options;

namespace Portal.Adapters.Http.Platform;

/// <summary>
/// Refuses to start Portal with a Platform configuration that cannot work; every message names the configuration key to
/// fix and none repeats the secret.
/// </summary>
internal sealed class PlatformApiOptionsValidator : IValidateOptions<PlatformApiOptions>
{
    public const int MinimumSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, PlatformApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!PlatformApiOptions.TryCreateBaseAddress(options.BaseUrl, out _))
        {
            failures.Add($"{PlatformApiOptions.BaseUrlKey} must be an absolute http or https URL with the API's base path and no query, for example http://127.0.0.1:8700/api.");
        }

        if (string.IsNullOrEmpty(options.Secret) || options.Secret.Length < MinimumSecretLength)
        {
            failures.Add($"{PlatformApiOptions.SecretKey} is required and must be at least {MinimumSecretLength} characters long.");
        }

        if (string.IsNullOrEmpty(options.PortalId) || !options.PortalId.All(c => c is > ' ' and < (char)127))
        {
            failures.Add($"{PlatformApiOptions.PortalIdKey} is required and must be printable ASCII without spaces.");
        }

        // Polly refuses timeouts of 10 ms or less and break or sampling durations of half a second or less.
        RequireAtLeast(failures, options.AttemptTimeout, TimeSpan.FromMilliseconds(20), PlatformApiOptions.AttemptTimeoutKey);
        RequireAtLeast(failures, options.WriteTimeout, TimeSpan.FromMilliseconds(20), PlatformApiOptions.WriteTimeoutKey);
        RequireAtLeast(failures, options.TotalTimeout, options.AttemptTimeout, PlatformApiOptions.TotalTimeoutKey);
        RequireAtLeast(failures, options.RetryBaseDelay, TimeSpan.Zero, PlatformApiOptions.RetryBaseDelayKey);
        RequireAtLeast(failures, options.MaxRetryAfter, TimeSpan.Zero, PlatformApiOptions.MaxRetryAfterKey);
        RequireAtLeast(failures, options.BreakerSamplingDuration, TimeSpan.FromSeconds(0.6), PlatformApiOptions.BreakerSamplingDurationKey);
        RequireAtLeast(failures, options.BreakDuration, TimeSpan.FromSeconds(0.6), PlatformApiOptions.BreakDurationKey);
        RequireAtLeast(failures, options.OutageLogInterval, TimeSpan.Zero, PlatformApiOptions.OutageLogIntervalKey);
        RequireAtLeast(failures, options.IdentityTokenLifetime, TimeSpan.FromMinutes(1), PlatformApiOptions.IdentityTokenLifetimeKey);

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{PlatformApiOptions.MaxRetriesKey} must be between 0 and 10.");
        }

        if (options.BreakerMinimumCalls < 2)
        {
            failures.Add($"{PlatformApiOptions.BreakerMinimumCallsKey} must be 2 or more.");
        }

        if (!(options.BreakerFailureRatio is > 0 and <= 1))
        {
            failures.Add($"{PlatformApiOptions.BreakerFailureRatioKey} must be above 0 and at most 1.");
        }

        if (options.DefaultCurrency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            failures.Add($"{PlatformApiOptions.DefaultCurrencyKey} must be a three-letter upper-case ISO-4217 code.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireAtLeast(List<string> failures, TimeSpan value, TimeSpan minimum, string key)
    {
        if (value < minimum)
        {
            failures.Add($"{key} must be at least {minimum:c}.");
        }
    }
}
