namespace Portal.Demo.Backend.Data;

internal sealed record DemoCity(string Name, string State, string ZipCode, string AreaCode);
