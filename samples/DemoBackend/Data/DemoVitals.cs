namespace Portal.Demo.Backend.Data;

/// <summary>The vitals taken at an encounter, written as the encounters service stores them.</summary>
internal sealed record DemoVitals(string BloodPressure, string Temperature, string Pulse, string Weight);
