namespace Portal.LoadRun.Load;

/// <summary>
/// One page to load: its name in the report, its address, the body length every good answer has, the CPU time the
/// process serving it has used so far and, where that process tells it (the bare endpoint), the bytes it has allocated so far.
/// </summary>
internal sealed record LoadTarget(
    string Name, Uri Address, long ExpectedLength, Func<TimeSpan> ServerProcessorTime, Func<CancellationToken, Task<long>>? ServerAllocatedBytes = null);
