using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Encounters;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.Contracts.Encounters;

/// <summary>
/// <c>htpi.encounters.get</c>: the service reads only <c>encounterId</c>; <c>tenantId</c> and <c>userId</c> go along as in
/// every tenant-scoped request, and the answer's tenant is checked here, since the service does not.
/// </summary>
internal sealed class EncounterRequest(RequestStamp stamp, TenantScope scope, EncounterId encounterId) : TenantRequest(stamp, scope)
{
    [JsonPropertyName("encounterId")]
    public string EncounterId => encounterId.Value;
}
