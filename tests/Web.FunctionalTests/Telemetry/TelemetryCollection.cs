namespace Portal.Web.FunctionalTests.Telemetry;

/// <summary>
/// A tracer provider listens to the whole process: its tests run alone, so no other test's spans mix in and no other
/// test runs with a listener it does not expect.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
