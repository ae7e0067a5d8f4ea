using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Encounters;

/// <summary><c>vitals {blood_pressure, temperature, pulse, weight}</c>: text as the clinic wrote it; numbers are read as their text.</summary>
internal sealed class VitalsDto
{
    [JsonPropertyName("blood_pressure")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? BloodPressure { get; init; }

    [JsonPropertyName("temperature")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Temperature { get; init; }

    [JsonPropertyName("pulse")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Pulse { get; init; }

    [JsonPropertyName("weight")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Weight { get; init; }
}
