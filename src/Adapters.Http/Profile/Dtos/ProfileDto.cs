using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Profile.Dtos;

/// <summary>The user and, nested under the same name, their preferences.</summary>
internal sealed class ProfileDto
{
    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Phone { get; set; }

    public bool? MfaEnabled { get; set; }

    public string? DateJoined { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<PreferencesDto>))]
    public PreferencesDto? Profile { get; set; }
}
