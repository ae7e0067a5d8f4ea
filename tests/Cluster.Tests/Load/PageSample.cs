namespace Portal.Cluster.Tests.Load;

/// <summary>One page request through HAProxy: what it was, in which phase, and how it ended.</summary>
internal sealed record PageSample(string Phase, string Method, string Path, PageOutcome Outcome, int Status, string? Detail);
