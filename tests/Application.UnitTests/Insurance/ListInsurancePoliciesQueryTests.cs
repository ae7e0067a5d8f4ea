using Portal.Application.Common.Exceptions;
using Portal.Application.Insurance.Queries.ListInsurancePolicies;
using Portal.Testing.Fakes;
using Portal.Domain.Patients;

namespace Portal.Application.UnitTests.Insurance;

public sealed class ListInsurancePoliciesQueryTests
{
    private readonly FakeInsurancePolicyRegistry registry = new();

    [Fact]
    public async Task Lists_the_patients_policies()
    {
        registry.Add(Samples.Tenant, new PatientId("pat-1"), Samples.Policy(1), Samples.Policy(2));

        var policies = await new ListInsurancePoliciesQueryHandler(registry).Handle(
            new ListInsurancePoliciesQuery(Samples.Access, "pat-1"), CancellationToken.None);

        Assert.Equal(["POL-1", "POL-2"], policies.Select(p => p.PolicyNumber));
    }

    [Fact]
    public async Task An_unknown_patient_is_not_found() =>
        await Assert.ThrowsAsync<NotFoundException>(() => new ListInsurancePoliciesQueryHandler(registry).Handle(
            new ListInsurancePoliciesQuery(Samples.Access, "pat-9"), CancellationToken.None));

    [Theory]
    [InlineData("pat-1", true)]
    [InlineData("", false)]
    [InlineData("pat 1", false)]
    public void The_patient_id_must_be_an_identifier(string patientId, bool valid) =>
        Assert.Equal(valid, new ListInsurancePoliciesQueryValidator().Validate(new ListInsurancePoliciesQuery(Samples.Access, patientId)).IsValid);
}
