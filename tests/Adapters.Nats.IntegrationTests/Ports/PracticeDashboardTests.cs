using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Dashboard;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.IntegrationTests.Ports;

public sealed class PracticeDashboardTests
{
    private readonly FakeMessageBus bus = new();
    private readonly Adapter adapter;

    public PracticeDashboardTests() => adapter = new Adapter(bus);

    [Fact]
    public async Task Stats_are_read_from_their_snake_case_fields_with_dollars_as_cents()
    {
        bus.AnswerWith(WireSamples.StatsAnswer);

        var stats = await adapter.Dashboard.GetStatsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal("htpi.dashboard.get.stats", bus.LastRequest.Subject);
        Assert.Equal(TestScope.TenantA, bus.LastRequest.Field("tenantId"));
        Assert.Equal(new PatientCounts(120, 7, 100), stats.Patients);
        Assert.Equal(new ClaimCounts(40, 5, 30, 5, PracticeMoney.FromCents(1_234_567)), stats.Claims);
        Assert.Equal(new EncounterCounts(3, 15, 60), stats.Encounters);
        Assert.Equal(new InsuranceCounts(90, 8, 2), stats.Insurance);
    }

    [Fact]
    public async Task Stats_of_another_tenant_are_never_returned_and_cost_only_the_dashboards_area()
    {
        bus.AnswerWith(WireSamples.StatsAnswer.Replace("\"tenantId\": \"tenant-a\"", "\"tenantId\": \"tenant-b\"", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => adapter.Dashboard.GetStatsAsync(TestScope.Of(), CancellationToken.None));

        Assert.Equal("dashboard", error.Area);
    }

    [Theory]
    [InlineData("\"$123,456\"", 12_345_600L)]
    [InlineData("\" $1,234.50 \"", 123_450L)]
    [InlineData("\"98765\"", 9_876_500L)]
    [InlineData("12345.67", 1_234_567L)]
    public async Task The_claimed_total_is_read_as_the_public_service_formats_it(string amount, long cents)
    {
        bus.AnswerWith(WireSamples.StatsAnswer.Replace("12345.67", amount, StringComparison.Ordinal));

        var stats = await adapter.Dashboard.GetStatsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal(PracticeMoney.FromCents(cents), stats.Claims.TotalAmount);
    }

    [Theory]
    [InlineData("\"about $5\"")]
    [InlineData("\"$-12\"")]
    [InlineData("-12")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("{}")]
    public async Task An_unreadable_claimed_total_leaves_only_that_figure_unknown(string amount)
    {
        bus.AnswerWith(WireSamples.StatsAnswer.Replace("12345.67", amount, StringComparison.Ordinal));

        var stats = await adapter.Dashboard.GetStatsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Null(stats.Claims.TotalAmount);
        Assert.Equal(40, stats.Claims.Total);
        Assert.Equal(120, stats.Patients.Total);
    }

    [Fact]
    public async Task A_count_or_block_that_is_missing_or_negative_is_that_figure_unknown_not_the_card()
    {
        bus.AnswerWith("""
            {"success": true, "tenantId": "tenant-a", "stats": {
              "patients": {"total": 120, "active": -1},
              "claims": {"total": 40, "pending": null, "approved": 30, "denied": 5},
              "encounters": {"today": 3, "this_week": 15}}}
            """);

        var stats = await adapter.Dashboard.GetStatsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal(new PatientCounts(120, null, null), stats.Patients);
        Assert.Equal(new ClaimCounts(40, null, 30, 5, null), stats.Claims);
        Assert.Equal(new EncounterCounts(3, 15, null), stats.Encounters);
        Assert.Equal(new InsuranceCounts(null, null, null), stats.Insurance);
    }

    [Theory]
    [InlineData("\"3 today\"")]
    [InlineData("[3, 15, 60]")]
    [InlineData("3")]
    public async Task A_block_that_is_no_object_is_its_figures_unknown_not_the_card(string block)
    {
        bus.AnswerWith(WireSamples.StatsAnswer.Replace("{\"today\": 3, \"this_week\": 15, \"this_month\": 60}", block, StringComparison.Ordinal));

        var stats = await adapter.Dashboard.GetStatsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal(new EncounterCounts(null, null, null), stats.Encounters);
        Assert.Equal(new PatientCounts(120, 7, 100), stats.Patients);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"Ada registered\"")]
    [InlineData("[]")]
    public async Task An_activity_or_alert_entry_that_is_no_object_is_left_out_not_the_card(string entry)
    {
        bus.AnswerWith(WireSamples.Activity.Replace("\"activities\": [", "\"activities\": [" + entry + ", ", StringComparison.Ordinal));
        var activity = await adapter.Dashboard.GetRecentActivityAsync(TestScope.Of(), CancellationToken.None);
        bus.AnswerWith(WireSamples.Alerts.Replace("\"alerts\": [", "\"alerts\": [" + entry + ", ", StringComparison.Ordinal));
        var alerts = await adapter.Dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal(2, activity.Count);
        Assert.Equal(3, alerts.Count);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("\"n/a\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    [InlineData("{\"count\": 7}")]
    [InlineData("[7]")]
    [InlineData("1e12")]
    public async Task A_count_of_the_wrong_type_or_beyond_range_is_that_figure_unknown_not_the_card(string count)
    {
        bus.AnswerWith(WireSamples.StatsAnswer.Replace("\"new_this_month\": 7", "\"new_this_month\": " + count, StringComparison.Ordinal));

        var stats = await adapter.Dashboard.GetStatsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal(new PatientCounts(120, null, 100), stats.Patients);
        Assert.Equal(40, stats.Claims.Total);
    }

    [Theory]
    [InlineData("7.0")]
    [InlineData("\" 7 \"")]
    [InlineData("7e0")]
    public async Task A_whole_count_written_as_a_float_or_as_text_is_that_count(string count)
    {
        bus.AnswerWith(WireSamples.StatsAnswer.Replace("\"new_this_month\": 7", "\"new_this_month\": " + count, StringComparison.Ordinal));

        var stats = await adapter.Dashboard.GetStatsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal(new PatientCounts(120, 7, 100), stats.Patients);
    }

    [Fact]
    public async Task Entries_without_a_description_or_an_id_and_alerts_without_a_title_keep_the_card()
    {
        bus.AnswerWith("""
            {"success": true, "activities": [
              {"type": "patient_created", "timestamp": "2026-11-20T10:00:00", "user": "Ann"},
              {"description": "Claim CLM-7 submitted", "timestamp": "2026-11-21T09:30:00Z"}]}
            """);
        var activity = await adapter.Dashboard.GetRecentActivityAsync(TestScope.Of(), CancellationToken.None);
        bus.AnswerWith("""
            {"success": true, "alerts": [
              {"type": "warning", "message": "3 policies expire this week"},
              {"id": "al-2", "type": "error"},
              {"id": "al-3", "title": "Welcome"}]}
            """);
        var alerts = await adapter.Dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None);

        var entry = Assert.Single(activity);
        Assert.Equal(("Claim CLM-7 submitted", string.Empty, string.Empty), (entry.Description, entry.Id, entry.User));
        Assert.Equal([("3 policies expire this week", string.Empty), ("Welcome", string.Empty)], alerts.Select(alert => (alert.Title, alert.Message)));
    }

    [Fact]
    public async Task Activity_comes_newest_first_with_naive_timestamps_taken_as_utc()
    {
        bus.AnswerWith(WireSamples.Activity);

        var activity = await adapter.Dashboard.GetRecentActivityAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal("htpi.dashboard.get.activity", bus.LastRequest.Subject);
        Assert.Equal(["2", "a-1"], activity.Select(entry => entry.Id));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), activity[1].Timestamp);
        Assert.Equal("Claim CLM-7 submitted", activity[0].Description);
        Assert.Equal("Bob", activity[0].User);
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("null")]
    public async Task An_activity_whose_time_cannot_be_read_is_left_out_and_an_alert_keeps_its_place_without_one(string timestamp)
    {
        bus.AnswerWith(WireSamples.Activity.Replace("\"2026-11-20T10:00:00\"", timestamp, StringComparison.Ordinal));
        var activity = await adapter.Dashboard.GetRecentActivityAsync(TestScope.Of(), CancellationToken.None);
        bus.AnswerWith(WireSamples.Alerts.Replace("\"2026-11-21T07:00:00Z\"", timestamp, StringComparison.Ordinal));
        var alerts = await adapter.Dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal(["2"], activity.Select(entry => entry.Id));
        Assert.Equal(["al-1", "al-2", "al-3"], alerts.Select(alert => alert.Id));
        Assert.Null(alerts[1].Timestamp);
    }

    [Theory]
    [InlineData("1763719200", 0)]
    [InlineData("1763719200.25", 250)]
    [InlineData("1763719200250", 250)]
    [InlineData("\"1763719200\"", 0)]
    public async Task A_timestamp_sent_as_unix_time_is_read_as_seconds_or_milliseconds(string timestamp, int milliseconds)
    {
        var at = new DateTimeOffset(2025, 11, 21, 10, 0, 0, TimeSpan.Zero).AddMilliseconds(milliseconds);
        bus.AnswerWith(WireSamples.Activity.Replace("\"2026-11-20T10:00:00\"", timestamp, StringComparison.Ordinal));
        var activity = await adapter.Dashboard.GetRecentActivityAsync(TestScope.Of(), CancellationToken.None);
        bus.AnswerWith(WireSamples.Alerts.Replace("\"2026-11-21T07:00:00Z\"", timestamp, StringComparison.Ordinal));
        var alerts = await adapter.Dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal([("2", new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero)), ("a-1", at)], activity.Select(entry => (entry.Id, entry.Timestamp)));
        Assert.Equal(at, alerts[1].Timestamp);
    }

    [Fact]
    public async Task An_alerts_text_or_link_of_the_wrong_type_degrades_that_value_not_the_card()
    {
        bus.AnswerWith("""
            {"success": true, "alerts": [
              {"id": 1, "type": 2, "title": 404, "message": {"text": "x"}, "timestamp": "2026-11-21T07:00:00Z", "patientId": {"id": "pat-1"}, "claimId": [42]}]}
            """);

        var alert = Assert.Single(await adapter.Dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None));

        Assert.Equal(("1", AlertSeverity.Info, "404", string.Empty, (PatientId?)null, (ClaimId?)null), (alert.Id, alert.Severity, alert.Title, alert.Message, alert.Patient, alert.Claim));
    }

    [Fact]
    public async Task Alert_types_become_severities()
    {
        bus.AnswerWith(WireSamples.Alerts);

        var alerts = await adapter.Dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal("htpi.dashboard.get.alerts", bus.LastRequest.Subject);
        Assert.Equal([AlertSeverity.Warning, AlertSeverity.Error, AlertSeverity.Info], alerts.Select(alert => alert.Severity));
        Assert.Equal("3 policies expire this week", alerts[0].Message);
        Assert.Equal(string.Empty, alerts[1].Message);
    }

    [Fact]
    public async Task An_alert_names_its_claim_and_patient_and_a_malformed_id_is_left_out()
    {
        bus.AnswerWith("""
            {"success": true, "alerts": [
              {"id": "al-1", "type": "error", "title": "Claim denied", "timestamp": "2026-11-21T07:00:00Z", "patientId": "pat-1", "claimId": 42},
              {"id": "al-2", "type": "warning", "title": "Odd", "timestamp": "2026-11-21T07:00:00Z", "patientId": "a.b", "claimId": null}]}
            """);

        var alerts = await adapter.Dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None);

        Assert.Equal("pat-1", alerts[0].Patient?.Value);
        Assert.Equal("42", alerts[0].Claim?.Value);
        Assert.Null(alerts[1].Patient);
        Assert.Null(alerts[1].Claim);
    }
}
