using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// The fields every answer may carry to say the service refused. Each answer type derives from it, so one parse yields
/// both the verdict and the answer's own shape.
/// </summary>
internal abstract class HtpiAnswer
{
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    /// <summary>Text or a number; anything else makes the answer malformed, for an error Portal cannot read is no success.</summary>
    [JsonPropertyName("error")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Error { get; init; }

    /// <summary>
    /// <c>success:false</c>, or no <c>success</c> at all but an <c>error</c>: some services answer a failure with the
    /// error alone.
    /// </summary>
    [JsonIgnore]
    public bool IsRefusal => Success == false || (Success is null && !string.IsNullOrWhiteSpace(Error));
}
