using Portal.Application.Common.Exceptions;
using Portal.Application.Insurance.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>Policies held in memory per tenant and patient; an unknown patient is not found.</summary>
internal sealed class FakeInsurancePolicyRegistry : IInsurancePolicyRegistry
{
    private readonly Dictionary<(TenantId, PatientId), IReadOnlyList<InsurancePolicy>> policies = [];

    public void Add(TenantId tenantId, PatientId patientId, params InsurancePolicy[] patientPolicies) =>
        policies[(tenantId, patientId)] = patientPolicies;

    public Task<IReadOnlyList<InsurancePolicy>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        policies.TryGetValue((scope.TenantId, patientId), out var found)
            ? Task.FromResult(found)
            : Task.FromException<IReadOnlyList<InsurancePolicy>>(new NotFoundException("patient"));
}
