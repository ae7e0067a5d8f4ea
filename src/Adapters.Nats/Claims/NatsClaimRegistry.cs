using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Claims;
using Portal.Adapters.Nats.Contracts.Patients;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Claims.Ports;
using Portal.Domain.Claims;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.Claims;

/// <summary>A patient's claims over <c>htpi.claims.list.for.patient</c>, one claim over <c>htpi.claims.get</c>.</summary>
internal sealed class NatsClaimRegistry(HtpiRequester requester) : IClaimRegistry
{
    public Task<IReadOnlyList<ClaimSummary>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(patientId);
        return requester.RequestAsync(
            HtpiOperations.ListClaimsForPatient,
            stamp => new PatientRequest(stamp, scope, patientId),
            HtpiRequestJsonContext.Default.PatientRequest,
            HtpiJsonContext.Default.ClaimListAnswer,
            answer => ClaimMapper.ToSummaries(answer, scope.TenantId),
            cancellationToken);
    }

    /// <summary>An answer without a claim (or with <c>claim:null</c>), or another tenant's, means the tenant has no such claim.</summary>
    public Task<Claim> GetAsync(TenantScope scope, ClaimId claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(claimId);
        return requester.RequestAsync(
            HtpiOperations.GetClaim,
            stamp => new ClaimRequest(stamp, scope, claimId),
            HtpiRequestJsonContext.Default.ClaimRequest,
            HtpiJsonContext.Default.ClaimAnswer,
            answer => ClaimMapper.ToClaim(answer, claimId, scope.TenantId),
            cancellationToken);
    }
}
