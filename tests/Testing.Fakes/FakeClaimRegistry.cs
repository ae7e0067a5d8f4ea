using Portal.Application.Claims.Ports;
using Portal.Domain.Claims;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Testing.Fakes;

/// <summary>The claims a test adds per tenant and patient; a claim of another tenant is not found.</summary>
public sealed class FakeClaimRegistry : FakePatientRecords<Claim>, IClaimRegistry
{
    public async Task<IReadOnlyList<ClaimSummary>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        (await ListForPatient(scope, patientId, cancellationToken)).Select(c => c.Summary).ToList();

    public Task<Claim> GetAsync(TenantScope scope, ClaimId claimId, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Found(OfTenant(scope).FirstOrDefault(c => c.Summary.Id == claimId), "claim"));
}
