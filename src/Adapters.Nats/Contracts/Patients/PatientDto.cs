using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;

namespace Portal.Adapters.Nats.Contracts.Patients;

/// <summary>
/// A patient: <c>id, patientId, firstName, lastName, dateOfBirth, gender, ssn, phone, email, address, city, state,
/// zipCode, insuranceCount, tenantId</c> (camelCase). <c>ssn</c> is read only to be masked at once by the mapper.
/// </summary>
internal sealed class PatientDto
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("patientId")]
    public string? PatientId { get; init; }

    [JsonPropertyName("firstName")]
    public string? FirstName { get; init; }

    [JsonPropertyName("lastName")]
    public string? LastName { get; init; }

    [JsonPropertyName("dateOfBirth")]
    public string? DateOfBirth { get; init; }

    [JsonPropertyName("gender")]
    public string? Gender { get; init; }

    [JsonPropertyName("ssn")]
    public string? Ssn { get; init; }

    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("address")]
    public string? Address { get; init; }

    [JsonPropertyName("city")]
    public string? City { get; init; }

    [JsonPropertyName("state")]
    public string? State { get; init; }

    [JsonPropertyName("zipCode")]
    public string? ZipCode { get; init; }

    [JsonPropertyName("insuranceCount")]
    [JsonConverter(typeof(WholeNumberOrAbsentConverter))]
    public int? InsuranceCount { get; init; }

    [JsonPropertyName("tenantId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TenantId { get; init; }

    /// <summary>Never the SSN, whatever a debugger or a log asks.</summary>
    public override string ToString() => $"PatientDto(Id = {Id})";
}
