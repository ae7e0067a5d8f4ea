using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>The part of every answer that says whether the service refused: read before the answer's own shape.</summary>
internal sealed class AnswerStatus
{
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary>
    /// <c>success:false</c>, or no <c>success</c> at all but an <c>error</c>: some services answer a failure with the
    /// error alone.
    /// </summary>
    public bool IsRefusal => Success == false || (Success is null && !string.IsNullOrWhiteSpace(Error));
}
