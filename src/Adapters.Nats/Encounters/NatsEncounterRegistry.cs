using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Encounters;
using Portal.Adapters.Nats.Contracts.Patients;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Encounters.Ports;
using Portal.Domain.Encounters;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.Encounters;

/// <summary>
/// A patient's encounters over <c>htpi.encounters.list.for.patient</c>, one encounter over <c>htpi.encounters.get</c>;
/// the encounters service publishes both answers to <c>customer.encounters.response.&lt;clientId&gt;</c>.
/// </summary>
internal sealed class NatsEncounterRegistry(HtpiRequester requester) : IEncounterRegistry
{
    public Task<IReadOnlyList<Encounter>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(patientId);
        return requester.RequestAsync(
            HtpiOperations.ListEncountersForPatient,
            stamp => new PatientRequest(stamp, scope, patientId),
            HtpiRequestJsonContext.Default.PatientRequest,
            HtpiJsonContext.Default.EncounterListAnswer,
            answer => EncounterMapper.ToEncounters(answer, scope.TenantId, patientId),
            cancellationToken);
    }

    /// <summary>The service finds an encounter by id alone: one of another tenant is not found, like a missing one.</summary>
    public Task<Encounter> GetAsync(TenantScope scope, EncounterId encounterId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(encounterId);
        return requester.RequestAsync(
            HtpiOperations.GetEncounter,
            stamp => new EncounterRequest(stamp, scope, encounterId),
            HtpiRequestJsonContext.Default.EncounterRequest,
            HtpiJsonContext.Default.EncounterAnswer,
            answer => EncounterMapper.ToEncounter(answer, scope.TenantId, encounterId),
            cancellationToken);
    }
}
