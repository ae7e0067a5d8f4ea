using Portal.Application.Claims.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Claims;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Every patient has the one sample claim, "clm-1"; any other claim is not found.</summary>
internal sealed class FakeClaimRegistry : IClaimRegistry
{
    public Task<IReadOnlyList<ClaimSummary>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClaimSummary>>([Samples.Claim().Summary]);

    public Task<Claim> GetAsync(TenantScope scope, ClaimId claimId, CancellationToken cancellationToken) =>
        claimId == Samples.Claim().Summary.Id ? Task.FromResult(Samples.Claim()) : Task.FromException<Claim>(new NotFoundException("claim"));
}
