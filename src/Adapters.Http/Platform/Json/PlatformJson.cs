using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// How every area's source-generated JSON context reads and writes the Platform's JSON, in one place: snake_case names,
/// nulls left out of requests, numbers sent as text read, and the tolerant converters. Each context is made once with
/// options of its own (a context binds the options it is given) as its <c>Platform</c> instance. The contexts generate
/// metadata only: the serializer's generated fast path never runs with converters in the options (as it did not when
/// they were listed on each context's attribute), and their generated <c>Default</c>, which has none of these options, is
/// banned (BannedSymbols.txt).
/// </summary>
internal static class PlatformJson
{
    /// <summary>New options for one context: a context binds the options it is made with, so none are shared.</summary>
    public static JsonSerializerOptions CreateOptions() =>
        new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            Converters =
            {
                new TolerantStringConverter(),
                new TolerantBooleanConverter(),
                new OptionalBooleanConverter(),
                new TolerantNumberConverter<int>(),
                new TolerantNumberConverter<long>(),
                new TolerantNumberConverter<decimal>(),
            },
        };
}
