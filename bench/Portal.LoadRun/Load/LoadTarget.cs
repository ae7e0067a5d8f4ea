namespace Portal.LoadRun.Load;

/// <summary>One page to load: its name in the report, its address, and the body length every good answer has.</summary>
internal sealed record LoadTarget(string Name, Uri Address, long ExpectedLength);
