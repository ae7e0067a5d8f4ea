namespace Portal.Chaos.Report;

/// <summary>
/// When a scenario ran, on the run's clock: its calm start, the fault, the moment its part was being brought back, its
/// end, and the log bytes each Portal instance wrote over the whole window.
/// </summary>
internal sealed record ScenarioWindow(Scenario Scenario, TimeSpan Start, TimeSpan FaultAt, TimeSpan RestoreAt, TimeSpan End, IReadOnlyList<long> LogBytes);
