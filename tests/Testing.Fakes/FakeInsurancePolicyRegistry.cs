using System.Collections.Concurrent;
using Portal.Application.Insurance.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Testing.Fakes;

/// <summary>
/// The policies a test adds per tenant and patient; a patient without any is not found. <see cref="ListAnswer"/> may
/// answer for every patient instead.
/// </summary>
public sealed class FakeInsurancePolicyRegistry : FakeTenantPort, IInsurancePolicyRegistry
{
    private readonly ConcurrentQueue<(TenantId Tenant, PatientId Patient, InsurancePolicy Policy)> policies = new();

    /// <summary>Replaces the answer for a patient's policies, for a world in which every patient holds the same ones.</summary>
    public Func<PatientId, Task<IReadOnlyList<InsurancePolicy>>>? ListAnswer { get; set; }

    public void Add(TenantId tenantId, PatientId patientId, params InsurancePolicy[] patientPolicies)
    {
        foreach (var policy in patientPolicies)
        {
            policies.Enqueue((tenantId, patientId, policy));
        }
    }

    public Task<IReadOnlyList<InsurancePolicy>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken)
    {
        return Answer(scope, cancellationToken, () =>
        {
            if (ListAnswer is { } answer)
            {
                return answer(patientId);
            }

            var found = policies.Where(p => p.Tenant == scope.TenantId && p.Patient == patientId).Select(p => p.Policy).ToList();
            return found.Count > 0 ? Task.FromResult<IReadOnlyList<InsurancePolicy>>(found) : NotFound<IReadOnlyList<InsurancePolicy>>("patient");
        });
    }
}
