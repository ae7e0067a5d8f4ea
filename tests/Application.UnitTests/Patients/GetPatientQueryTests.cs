using Portal.Application.Common.Exceptions;
using Portal.Application.Patients.Queries.GetPatient;
using Portal.Testing.Fakes;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Patients;

public sealed class GetPatientQueryTests
{
    private readonly FakePatientRegistry registry = new();

    [Fact]
    public async Task Returns_the_patient_of_the_tenant()
    {
        var patient = Samples.Patient("pat-7");
        registry.Add(patient);

        var found = await new GetPatientQueryHandler(registry).Handle(new GetPatientQuery(Samples.Access, "pat-7"), CancellationToken.None);

        Assert.Same(patient, found);
        Assert.Equal(Samples.Access.ToScope(), registry.LastScope);
    }

    [Fact]
    public async Task Another_tenants_patient_is_not_found()
    {
        registry.Add(Samples.Patient("pat-7", tenant: new TenantId("tenant-2")));

        await Assert.ThrowsAsync<NotFoundException>(
            () => new GetPatientQueryHandler(registry).Handle(new GetPatientQuery(Samples.Access, "pat-7"), CancellationToken.None));
    }

    [Theory]
    [InlineData("pat-7", true)]
    [InlineData("", false)]
    [InlineData("pat.7", false)]
    [InlineData("pat*", false)]
    public void The_patient_id_must_be_an_identifier(string patientId, bool valid) =>
        Assert.Equal(valid, new GetPatientQueryValidator().Validate(new GetPatientQuery(Samples.Access, patientId)).IsValid);
}
