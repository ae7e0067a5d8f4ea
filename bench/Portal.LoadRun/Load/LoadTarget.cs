namespace Portal.LoadRun.Load;

/// <summary>
/// One page to load: its name in the report, its address, the body length every good answer has, and the CPU time the
/// process serving it has used so far.
/// </summary>
internal sealed record LoadTarget(string Name, Uri Address, long ExpectedLength, Func<TimeSpan> ServerProcessorTime);
