using Portal.Domain.Encounters;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Domain.UnitTests.Encounters;

public sealed class EncounterTests
{
    private static readonly DateTimeOffset At = new(2025, 8, 5, 7, 8, 19, TimeSpan.Zero);

    [Theory]
    [InlineData("enc.1")]
    [InlineData("enc 1")]
    [InlineData("")]
    [InlineData("enc-*")]
    public void An_encounter_id_obeys_the_identifier_rule(string value)
    {
        Assert.ThrowsAny<ArgumentException>(() => new EncounterId(value));
    }

    [Fact]
    public void Vitals_are_kept_as_written_and_none_taken_is_empty()
    {
        var vitals = new Vitals("120/80", "98.6", "72", "165 lbs");

        Assert.Equal("165 lbs", vitals.Weight);
        Assert.False(vitals.IsEmpty);
        Assert.True(Vitals.None.IsEmpty);
    }

    [Fact]
    public void An_encounter_keeps_the_services_own_words_for_type_and_status()
    {
        var encounter = Encounter(Samples.Tenant, status: "awaiting_signature");

        Assert.Equal("awaiting_signature", encounter.Status);
        Assert.Equal("office_visit", encounter.Type);
    }

    [Theory]
    [InlineData(TenantEventKind.EncounterCreated)]
    [InlineData(TenantEventKind.EncounterUpdated)]
    public void An_encounter_event_carries_its_encounter(TenantEventKind kind)
    {
        var encounter = Encounter(Samples.Tenant);

        var update = TenantEvent.ForEncounter(kind, Samples.Tenant, At, encounter);

        Assert.Same(encounter, update.Encounter);
        Assert.Null(update.Patient);
        Assert.Null(update.Summary);
    }

    [Fact]
    public void An_encounter_event_refuses_another_tenants_encounter_and_other_kinds()
    {
        Assert.Throws<ArgumentException>(() => TenantEvent.ForEncounter(
            TenantEventKind.EncounterCreated, Samples.Tenant, At, Encounter(new TenantId("tenant-2"))));
        Assert.Throws<ArgumentException>(() => TenantEvent.ForEncounter(
            TenantEventKind.PatientCreated, Samples.Tenant, At, Encounter(Samples.Tenant)));
        Assert.Throws<ArgumentException>(() => TenantEvent.ForSummary(
            TenantEventKind.EncounterUpdated, Samples.Tenant, At, "An encounter changed."));
    }

    private static Encounter Encounter(TenantId tenant, string status = "completed") => new(
        new EncounterId("enc-001"), tenant, new PatientId("pat-001"), At, "office_visit", "Dr. Smith", "Annual checkup",
        ["Z00.00"], ["99213"], Vitals.None, string.Empty, status);
}
