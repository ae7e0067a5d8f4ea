using Portal.Application.Claims.Ports;
using Portal.Domain.Claims;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Testing.Fakes;

/// <summary>
/// The claims a test adds per tenant and patient; a claim of another tenant is not found. A claim found names the asked
/// tenant unless <see cref="NamesTenant"/> is off, as a service that sends no <c>tenantId</c> with it.
/// </summary>
public sealed class FakeClaimRegistry : FakePatientRecords<Claim>, IClaimRegistry
{
    public bool NamesTenant { get; set; } = true;

    public async Task<IReadOnlyList<ClaimSummary>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        (await ListForPatient(scope, patientId, cancellationToken)).Select(c => c.Summary).ToList();

    public async Task<Claim> GetAsync(TenantScope scope, ClaimId claimId, CancellationToken cancellationToken)
    {
        var claim = await Answer(scope, cancellationToken, () => Found(OfTenant(scope).FirstOrDefault(c => c.Summary.Id == claimId), "claim"));
        return claim with { Tenant = NamesTenant ? scope.TenantId : null };
    }
}
