using Portal.Domain.Dashboard;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Domain.UnitTests.LiveUpdates;

public sealed class TenantEventTests
{
    private static readonly DateTimeOffset At = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_stats_event_carries_only_the_stats()
    {
        var stats = Samples.Stats();

        var update = TenantEvent.ForStats(Samples.Tenant, At, stats);

        Assert.Equal(TenantEventKind.Stats, update.Kind);
        Assert.Same(stats, update.Stats);
        Assert.Null(update.Activity);
        Assert.Null(update.Patient);
        Assert.Null(update.Summary);
    }

    [Fact]
    public void An_activity_event_carries_the_activity()
    {
        var activity = new Activity("act-1", "patient_created", "Ada Lovelace was registered.", At, "Dr. Smith");

        var update = TenantEvent.ForActivity(Samples.Tenant, At, activity);

        Assert.Equal(TenantEventKind.Activity, update.Kind);
        Assert.Same(activity, update.Activity);
    }

    [Theory]
    [InlineData(TenantEventKind.PatientCreated)]
    [InlineData(TenantEventKind.PatientUpdated)]
    [InlineData(TenantEventKind.PatientDeleted)]
    [InlineData(TenantEventKind.PatientUpdate)]
    public void Patient_kinds_carry_the_patient(TenantEventKind kind)
    {
        var update = TenantEvent.ForPatient(kind, Samples.Tenant, At, Samples.Patient());

        Assert.Equal(kind, update.Kind);
        Assert.Equal("P-000123", update.Patient?.PatientNumber);
    }

    [Theory]
    [InlineData(TenantEventKind.Stats)]
    [InlineData(TenantEventKind.Activity)]
    [InlineData(TenantEventKind.ClaimUpdate)]
    [InlineData(TenantEventKind.EncounterUpdate)]
    public void Other_kinds_do_not_carry_a_patient(TenantEventKind kind) =>
        Assert.Throws<ArgumentException>(() => TenantEvent.ForPatient(kind, Samples.Tenant, At, Samples.Patient()));

    [Fact]
    public void A_patient_of_another_tenant_is_refused() =>
        Assert.Throws<ArgumentException>(() => TenantEvent.ForPatient(
            TenantEventKind.PatientCreated, Samples.Tenant, At, Samples.Patient(new TenantId("tenant-2"))));

    [Theory]
    [InlineData(TenantEventKind.Stats)]
    [InlineData(TenantEventKind.Activity)]
    [InlineData(TenantEventKind.Interrupted)]
    public void Kinds_with_a_typed_payload_or_none_cannot_be_told_in_words(TenantEventKind kind) =>
        Assert.Throws<ArgumentException>(() => TenantEvent.ForSummary(kind, Samples.Tenant, At, "Something changed."));

    [Fact]
    public void A_claim_update_is_told_in_words()
    {
        var update = TenantEvent.ForSummary(TenantEventKind.ClaimUpdate, Samples.Tenant, At, "Claim CLM-0042 was approved.");

        Assert.Equal("Claim CLM-0042 was approved.", update.Summary);
        Assert.Equal(Samples.Tenant, update.TenantId);
        Assert.Equal(At, update.Timestamp);
    }

    [Fact]
    public void A_summary_cannot_be_blank() =>
        Assert.Throws<ArgumentException>(() => TenantEvent.ForSummary(TenantEventKind.ClaimUpdate, Samples.Tenant, At, " "));

    [Fact]
    public void An_interruption_names_its_tenant_and_carries_no_payload()
    {
        var interruption = TenantEvent.ForInterruption(Samples.Tenant, At);

        Assert.Equal((TenantEventKind.Interrupted, Samples.Tenant, At), (interruption.Kind, interruption.TenantId, interruption.Timestamp));
        Assert.True(interruption is { Stats: null, Activity: null, Patient: null, Summary: null });
    }
}
