using Portal.Application.Insurance.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;

namespace Portal.Testing.Fakes;

/// <summary>The insurance policies a test adds per tenant and patient.</summary>
public sealed class FakeInsurancePolicyRegistry : FakePatientRecords<InsurancePolicy>, IInsurancePolicyRegistry
{
    public Task<IReadOnlyList<InsurancePolicy>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        ListForPatient(scope, patientId, cancellationToken);
}
