using Microsoft.Extensions.Options;

namespace Portal.Adapters.Nats.Resilience;

/// <summary>Ranges the settings must fall in; Polly refuses break and sampling durations of half a second or less.</summary>
internal sealed class HtpiResilienceOptionsValidator : IValidateOptions<HtpiResilienceOptions>
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaximumTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MinimumBreakerDuration = TimeSpan.FromSeconds(0.6);
    private static readonly TimeSpan MaximumDuration = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, HtpiResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        RequireBetween(failures, options.SignInTimeout, MinimumTimeout, MaximumTimeout, HtpiResilienceOptions.SignInTimeoutKey);
        RequireBetween(failures, options.DataTimeout, MinimumTimeout, MaximumTimeout, HtpiResilienceOptions.DataTimeoutKey);
        RequireBetween(failures, options.BreakerSamplingDuration, MinimumBreakerDuration, MaximumDuration, HtpiResilienceOptions.BreakerSamplingDurationKey);
        RequireBetween(failures, options.BreakerBreakDuration, MinimumBreakerDuration, MaximumDuration, HtpiResilienceOptions.BreakerBreakDurationKey);
        RequireBetween(failures, options.FailureLogInterval, TimeSpan.FromSeconds(1), MaximumDuration, HtpiResilienceOptions.FailureLogIntervalKey);

        if (options.BreakerMinimumCalls < 2)
        {
            failures.Add($"{HtpiResilienceOptions.BreakerMinimumCallsKey} must be 2 or more.");
        }

        if (!(options.BreakerFailureRatio is > 0 and <= 1))
        {
            failures.Add($"{HtpiResilienceOptions.BreakerFailureRatioKey} must be above 0 and at most 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireBetween(List<string> failures, TimeSpan value, TimeSpan minimum, TimeSpan maximum, string key)
    {
        if (value < minimum || value > maximum)
        {
            failures.Add($"{key} must be from {minimum:c} to {maximum:c}.");
        }
    }
}
