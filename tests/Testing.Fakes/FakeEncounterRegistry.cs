using System.Collections.Concurrent;
using Portal.Application.Encounters.Ports;
using Portal.Domain.Encounters;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Testing.Fakes;

/// <summary>
/// The encounters a test adds, each seen only in its own tenant: a patient's list is newest first (none is an empty list,
/// as the encounters service answers), and an encounter of another tenant is not found.
/// </summary>
public sealed class FakeEncounterRegistry : FakeTenantPort, IEncounterRegistry
{
    private readonly ConcurrentQueue<Encounter> encounters = new();

    public void Add(Encounter encounter) => encounters.Enqueue(encounter);

    public Task<IReadOnlyList<Encounter>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Task.FromResult<IReadOnlyList<Encounter>>(
            [.. OfTenant(scope).Where(e => e.PatientId == patientId).OrderByDescending(e => e.Date)]));

    public Task<Encounter> GetAsync(TenantScope scope, EncounterId encounterId, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Found(OfTenant(scope).FirstOrDefault(e => e.Id == encounterId), "encounter"));

    private IEnumerable<Encounter> OfTenant(TenantScope scope) => encounters.Where(e => e.TenantId == scope.TenantId);
}
