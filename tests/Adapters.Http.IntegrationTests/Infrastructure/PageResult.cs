namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>One dashboard page a load worker loaded: when, and each part's outcome (null when it succeeded).</summary>
public sealed record PageResult(DateTimeOffset Started, DateTimeOffset Ended, IReadOnlyList<string?> Outcomes)
{
    public bool Full => Outcomes.All(outcome => outcome is null);

    public TimeSpan Latency => Ended - Started;
}
