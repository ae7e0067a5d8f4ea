using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Web.Live;

/// <summary>
/// The live event's JSON, generated at build time with the web defaults (camelCase): the first broadcast after a start
/// needs no reflection over the message types, which on a busy instance made it the slowest to reach every stream.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LiveEventMessage))]
internal sealed partial class LiveEventJson : JsonSerializerContext;
