using System.Collections.Concurrent;
using Portal.Application.Claims.Ports;
using Portal.Domain.Claims;
using Portal.Domain.Identity;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Testing.Fakes;

/// <summary>
/// The claims a test adds per tenant and patient: a patient without any is not found, and neither is another tenant's
/// claim. <see cref="ListAnswer"/> may answer for every patient instead.
/// </summary>
public sealed class FakeClaimRegistry : FakeTenantPort, IClaimRegistry
{
    private readonly ConcurrentQueue<(TenantId Tenant, PatientId Patient, Claim Claim)> claims = new();

    /// <summary>Replaces the answer for a patient's claims, for a world in which every patient has the same ones.</summary>
    public Func<PatientId, Task<IReadOnlyList<ClaimSummary>>>? ListAnswer { get; set; }

    public void Add(TenantId tenantId, PatientId patientId, Claim claim) => claims.Enqueue((tenantId, patientId, claim));

    public Task<IReadOnlyList<ClaimSummary>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken)
    {
        return Answer(scope, cancellationToken, () =>
        {
            if (ListAnswer is { } answer)
            {
                return answer(patientId);
            }

            var found = claims.Where(c => c.Tenant == scope.TenantId && c.Patient == patientId).Select(c => c.Claim.Summary).ToList();
            return found.Count > 0 ? Task.FromResult<IReadOnlyList<ClaimSummary>>(found) : NotFound<IReadOnlyList<ClaimSummary>>("patient");
        });
    }

    public Task<Claim> GetAsync(TenantScope scope, ClaimId claimId, CancellationToken cancellationToken)
    {
        return Answer(scope, cancellationToken, () =>
            Found(claims.Where(c => c.Tenant == scope.TenantId && c.Claim.Summary.Id == claimId).Select(c => c.Claim).FirstOrDefault(), "claim"));
    }
}
