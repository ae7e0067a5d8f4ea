using System.Globalization;
using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.Contracts.Patients;

/// <summary><c>htpi.patient.create</c>: <c>tenantId, firstName, lastName, email, phone, dateOfBirth</c> (ISO date, "1985-03-12").</summary>
internal sealed class CreatePatientRequest(RequestStamp stamp, TenantScope scope, NewPatient patient) : TenantRequest(stamp, scope)
{
    [JsonPropertyName("firstName")]
    public string FirstName => patient.FirstName;

    [JsonPropertyName("lastName")]
    public string LastName => patient.LastName;

    [JsonPropertyName("email")]
    public string Email => patient.Email;

    [JsonPropertyName("phone")]
    public string Phone => patient.Phone;

    [JsonPropertyName("dateOfBirth")]
    public string DateOfBirth => patient.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
