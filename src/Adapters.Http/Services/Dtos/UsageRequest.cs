using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

internal sealed class UsageRequest : PlatformRequestBody
{
    /// <summary>"7d", "30d" or "90d"; PRAHO only echoes it back.</summary>
    public string Period { get; set; } = string.Empty;
}
