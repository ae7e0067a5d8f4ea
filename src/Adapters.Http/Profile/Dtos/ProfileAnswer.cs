using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Profile.Dtos;

/// <summary>The read's <c>{success, profile}</c>, and the update's <c>{success, message}</c>.</summary>
internal sealed class ProfileAnswer : PlatformAnswer
{
    public ProfileDto? Profile { get; set; }

    public string? Message { get; set; }
}
