using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

/// <summary>The body of <c>POST /users/login/</c>. A class, not a record, so that no generated ToString can print the password.</summary>
internal sealed class SignInRequest : PlatformRequestBody
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
