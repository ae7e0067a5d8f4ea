using System.Collections.Concurrent;
using Portal.Domain.Identity;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Testing.Fakes;

/// <summary>
/// What the claim and insurance policy registries share: the records a test adds per tenant and patient, listed per
/// patient (one without any is not found, as the real registries answer), or answered for every patient by
/// <see cref="ListAnswer"/>.
/// </summary>
public abstract class FakePatientRecords<TRecord> : FakeTenantPort
{
    private readonly ConcurrentQueue<(TenantId Tenant, PatientId Patient, TRecord Record)> records = new();

    /// <summary>Replaces the answer for a patient's records, for a world in which every patient has the same ones.</summary>
    public Func<PatientId, Task<IReadOnlyList<TRecord>>>? ListAnswer { get; set; }

    public void Add(TenantId tenantId, PatientId patientId, params TRecord[] patientRecords)
    {
        foreach (var record in patientRecords)
        {
            records.Enqueue((tenantId, patientId, record));
        }
    }

    /// <summary>The records of the scope's tenant, whichever patient they belong to.</summary>
    protected IEnumerable<TRecord> OfTenant(TenantScope scope) => records.Where(r => r.Tenant == scope.TenantId).Select(r => r.Record);

    protected Task<IReadOnlyList<TRecord>> ListForPatient(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () =>
        {
            if (ListAnswer is { } answer)
            {
                return answer(patientId);
            }

            var found = records.Where(r => r.Tenant == scope.TenantId && r.Patient == patientId).Select(r => r.Record).ToList();
            return found.Count > 0 ? Task.FromResult<IReadOnlyList<TRecord>>(found) : NotFound<IReadOnlyList<TRecord>>("patient");
        });
}
