using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Domain.Dashboard;
using Portal.Domain.LiveUpdates;
using Portal.Web.Live;

namespace Portal.Web.FunctionalTests.Live;

/// <summary>
/// The frame each stream gets is made once per event from build-time JSON: it must be exactly the message live.js has
/// always read (the web defaults: camelCase names, nulls written, the web encoder), for every kind of event.
/// </summary>
public sealed class LiveEventFramesTests
{
    private static readonly JsonSerializerOptions LiveJsReads = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Default };

    public static TheoryData<string> Kinds => ["stats", "activity", "patient", "encounter", "summary"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_frame_is_the_message_as_live_js_reads_it(string kind)
    {
        var tenantEvent = Event(kind);

        var frame = Encoding.UTF8.GetString(LiveEventFrames.For(tenantEvent).Span);

        Assert.Equal("data: " + JsonSerializer.Serialize(LiveEventMessage.From(tenantEvent), LiveJsReads) + "\n\n", frame);
    }

    [Fact]
    public void An_event_is_serialised_once_for_all_its_streams()
    {
        var tenantEvent = Event("stats");

        var first = LiveEventFrames.For(tenantEvent);
        var second = LiveEventFrames.For(tenantEvent);

        Assert.True(first.Span == second.Span, "Each stream got a frame of its own.");
    }

    [Fact]
    public void A_stats_update_carries_only_the_figures_it_has_so_the_page_keeps_the_others()
    {
        var update = new DashboardStats(
            new PatientCounts(1234, null, null), new ClaimCounts(null, null, null, null, null), new EncounterCounts(null, null, 3), new InsuranceCounts(null, null, null));

        var message = LiveEventMessage.From(TenantEvent.ForStats(Samples.Clinic, Samples.At, update));

        Assert.Equal(new Dictionary<string, string> { ["patients-total"] = "1,234", ["encounters-month"] = "3" }, message.Stats);
    }

    private static TenantEvent Event(string kind) => kind switch
    {
        "stats" => TenantEvent.ForStats(Samples.Clinic, Samples.At, Samples.Stats(patients: 1234)),
        "activity" => TenantEvent.ForActivity(Samples.Clinic, Samples.At, Samples.Activity()),
        "patient" => TenantEvent.ForPatient(TenantEventKind.PatientCreated, Samples.Clinic, Samples.At, Samples.Patient("pat-1", "Zoë", "O'Brien <b>")),
        "encounter" => TenantEvent.ForEncounter(TenantEventKind.EncounterUpdated, Samples.Clinic, Samples.At, Samples.Encounter("enc-1", status: "in_progress")),
        _ => TenantEvent.ForSummary(TenantEventKind.ClaimUpdate, Samples.Clinic, Samples.At, "Claim CLM-1 approved & paid"),
    };
}
