using Portal.Application.Common.Exceptions;
using Portal.Application.Encounters.Queries.GetEncounter;
using Portal.Application.Encounters.Queries.ListEncounters;
using Portal.Domain.Encounters;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;
using Portal.Testing.Fakes;

namespace Portal.Application.UnitTests.Encounters;

public sealed class EncounterQueriesTests
{
    private static readonly DateTimeOffset At = new(2025, 8, 5, 7, 8, 19, TimeSpan.Zero);

    private readonly FakeEncounterRegistry registry = new();

    [Fact]
    public async Task Lists_the_patients_encounters_newest_first()
    {
        registry.Add(Encounter("enc-1", "pat-1", At));
        registry.Add(Encounter("enc-2", "pat-1", At.AddDays(3)));
        registry.Add(Encounter("enc-3", "pat-2", At));

        var encounters = await new ListEncountersQueryHandler(registry).Handle(new ListEncountersQuery(Samples.Access, "pat-1"), CancellationToken.None);

        Assert.Equal(["enc-2", "enc-1"], encounters.Select(e => e.Id.Value));
        Assert.Equal(Samples.Access.ToScope(), registry.LastScope);
    }

    [Fact]
    public async Task Gets_the_patients_encounter()
    {
        var encounter = Encounter("enc-1", "pat-1", At);
        registry.Add(encounter);

        var found = await new GetEncounterQueryHandler(registry).Handle(new GetEncounterQuery(Samples.Access, "pat-1", "enc-1"), CancellationToken.None);

        Assert.Same(encounter, found);
    }

    [Fact]
    public async Task Another_patients_encounter_is_not_found_under_this_patient()
    {
        registry.Add(Encounter("enc-1", "pat-2", At));

        var refusal = await Assert.ThrowsAsync<NotFoundException>(() =>
            new GetEncounterQueryHandler(registry).Handle(new GetEncounterQuery(Samples.Access, "pat-1", "enc-1"), CancellationToken.None));

        Assert.Equal("encounter", refusal.What);
    }

    [Fact]
    public async Task Another_tenants_encounter_is_not_found()
    {
        registry.Add(Encounter("enc-1", "pat-1", At, new TenantId("tenant-2")));

        await Assert.ThrowsAsync<NotFoundException>(() =>
            new GetEncounterQueryHandler(registry).Handle(new GetEncounterQuery(Samples.Access, "pat-1", "enc-1"), CancellationToken.None));
    }

    [Theory]
    [InlineData("pat-1", "enc-1", true)]
    [InlineData("pat.1", "enc-1", false)]
    [InlineData("pat-1", "enc 1", false)]
    [InlineData("pat-1", "", false)]
    public void Ids_must_be_identifiers(string patientId, string encounterId, bool valid)
    {
        Assert.Equal(valid, new GetEncounterQueryValidator().Validate(new GetEncounterQuery(Samples.Access, patientId, encounterId)).IsValid);
        Assert.Equal(valid || patientId == "pat-1", new ListEncountersQueryValidator().Validate(new ListEncountersQuery(Samples.Access, patientId)).IsValid);
    }

    [Fact]
    public async Task Through_the_pipeline_a_tenant_the_directory_denies_is_not_found_and_its_encounter_not_returned()
    {
        var pipeline = new TestPipeline();
        pipeline.Encounters.Add(Encounter("enc-1", "pat-1", At));
        pipeline.Tenants.AccessAnswer = _ => Task.FromResult(false);

        var refusal = await Assert.ThrowsAsync<NotFoundException>(() =>
            pipeline.Mediator.Send(new GetEncounterQuery(Samples.Access, "pat-1", "enc-1")));

        Assert.Equal("tenant", refusal.What);
        Assert.Equal(Samples.Access.ToScope(), pipeline.Encounters.LastScope);
    }

    [Fact]
    public async Task Through_the_pipeline_a_malformed_id_is_refused_before_any_backend_is_asked()
    {
        var pipeline = new TestPipeline();

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            pipeline.Mediator.Send(new GetEncounterQuery(Samples.Access, "pat-1", "enc.1")));

        Assert.Equal(["EncounterId"], refusal.Errors.Keys);
        Assert.Null(pipeline.Encounters.LastScope);
        Assert.Empty(pipeline.Tenants.AccessChecks);
    }

    private static Encounter Encounter(string id, string patientId, DateTimeOffset date, TenantId? tenant = null) => new(
        new EncounterId(id), tenant ?? Samples.Tenant, new PatientId(patientId), date, "office_visit", "Dr. Smith",
        "Annual checkup", ["Z00.00"], ["99213"], Vitals.None, string.Empty, "completed");
}
