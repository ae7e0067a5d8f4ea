namespace Portal.LoadRun.Load;

/// <summary>How long a target was warmed up, and whether the JIT had settled by then (false: <see cref="WarmUp.Longest"/> ran out).</summary>
internal readonly record struct WarmUpResult(TimeSpan Elapsed, bool Settled);
