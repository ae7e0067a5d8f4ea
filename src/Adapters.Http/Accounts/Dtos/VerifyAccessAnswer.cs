using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

internal sealed class VerifyAccessAnswer : PlatformAnswer
{
    public VerifyAccessData? Data { get; set; }
}
