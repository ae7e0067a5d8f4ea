using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

/// <summary>A customer (Portal's tenant) the user may act for, with the user's role: owner, admin, billing, technical or viewer.</summary>
internal sealed class PlatformCustomer
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; set; }

    public string? CompanyName { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    public bool IsPrimary { get; set; }
}
