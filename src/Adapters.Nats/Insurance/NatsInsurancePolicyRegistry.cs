using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Patients;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Insurance.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.Insurance;

/// <summary>A patient's policies over <c>htpi.insurance.list.for.patient</c>.</summary>
internal sealed class NatsInsurancePolicyRegistry(HtpiRequester requester) : IInsurancePolicyRegistry
{
    public Task<IReadOnlyList<InsurancePolicy>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(patientId);
        return requester.RequestAsync(
            HtpiOperations.ListInsuranceForPatient,
            stamp => new PatientRequest(stamp, scope, patientId),
            HtpiRequestJsonContext.Default.PatientRequest,
            HtpiJsonContext.Default.InsuranceListAnswer,
            answer => InsuranceMapper.ToPolicies(answer, scope.TenantId),
            cancellationToken);
    }
}
