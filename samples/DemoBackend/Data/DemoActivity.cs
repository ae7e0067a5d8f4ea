namespace Portal.Demo.Backend.Data;

internal sealed record DemoActivity(string Id, string Type, string Description, DateTimeOffset Timestamp, string User);
