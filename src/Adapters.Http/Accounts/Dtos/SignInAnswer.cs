using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

internal sealed class SignInAnswer : PlatformAnswer
{
    public PlatformUser? User { get; set; }
}
