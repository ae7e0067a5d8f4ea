using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Encounters;

/// <summary><c>vitals {blood_pressure, temperature, pulse, weight}</c>: text as the clinic wrote it; numbers are read as their text.</summary>
internal sealed class VitalsDto
{
    [JsonPropertyName("blood_pressure")]
    public string? BloodPressure { get; init; }

    [JsonPropertyName("temperature")]
    public string? Temperature { get; init; }

    [JsonPropertyName("pulse")]
    public string? Pulse { get; init; }

    [JsonPropertyName("weight")]
    public string? Weight { get; init; }
}
