using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.Contracts.Patients;

/// <summary>
/// A request about one patient: <c>htpi.patient.get</c>, <c>htpi.insurance.list.for.patient</c> and
/// <c>htpi.claims.list.for.patient</c>, each <c>{tenantId, patientId}</c> (and <c>userId</c>).
/// </summary>
internal sealed class PatientRequest(RequestStamp stamp, TenantScope scope, PatientId patientId) : TenantRequest(stamp, scope)
{
    [JsonPropertyName("patientId")]
    public string PatientId => patientId.Value;
}
