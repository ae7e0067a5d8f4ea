using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

/// <summary>The body of <c>POST /users/session/validate/</c>: <c>user_id</c> and the numeric <c>timestamp</c>, nothing else.</summary>
internal sealed class SessionValidationRequest : PlatformRequestBody;
