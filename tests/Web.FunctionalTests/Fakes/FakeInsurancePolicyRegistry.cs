using Portal.Application.Insurance.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Every patient holds the one sample policy.</summary>
internal sealed class FakeInsurancePolicyRegistry : IInsurancePolicyRegistry
{
    public Task<IReadOnlyList<InsurancePolicy>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InsurancePolicy>>([Samples.Policy()]);
}
