using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Company.Dtos;

/// <summary>platform-api.md §5 <c>Customer</c>; the id, status and dates are not needed and not read.</summary>
internal sealed class CustomerDto
{
    public string? DisplayName { get; set; }

    public string? CustomerType { get; set; }

    public string? Name { get; set; }

    public string? CompanyName { get; set; }

    public string? PrimaryEmail { get; set; }

    public string? PrimaryPhone { get; set; }

    public string? Website { get; set; }

    public string? Industry { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<TaxProfileDto>))]
    public TaxProfileDto? TaxProfile { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<BillingProfileDto>))]
    public BillingProfileDto? BillingProfile { get; set; }
}
