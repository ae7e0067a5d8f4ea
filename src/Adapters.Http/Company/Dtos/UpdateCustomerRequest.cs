using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Company.Dtos;

/// <summary><c>customers/update/</c>: every field a string (never null: the Platform refuses any other type).</summary>
internal sealed class UpdateCustomerRequest : PlatformRequestBody
{
    public string Name { get; set; } = string.Empty;

    public string CompanyName { get; set; } = string.Empty;

    public string PrimaryEmail { get; set; } = string.Empty;

    public string PrimaryPhone { get; set; } = string.Empty;

    public string Website { get; set; } = string.Empty;

    public string Industry { get; set; } = string.Empty;
}
