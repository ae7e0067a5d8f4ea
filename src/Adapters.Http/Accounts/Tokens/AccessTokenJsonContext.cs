using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Accounts.Tokens;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AccessTokenPayload))]
internal sealed partial class AccessTokenJsonContext : JsonSerializerContext;
