using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Privacy.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Privacy;

namespace Portal.Adapters.Http.IntegrationTests.Privacy;

/// <summary>The privacy area against the GDPR answers of platform-api.md §9.</summary>
public sealed class PrivacyOfficeTests : PlatformTestBase
{
    private const string ConsentPath = "gdpr/consent-history/";
    private const string ExportPath = "gdpr/data-export/";

    private IPrivacyOffice Office => Portal.Get<IPrivacyOffice>();

    [Fact]
    public async Task A_consent_entry_with_neither_description_nor_action_is_shown_undescribed_and_a_null_one_left_out_not_fatal_to_the_history()
    {
        Platform.OnJson(ConsentPath, """
            {"success": true, "consent_history": [null, {"timestamp": "2026-11-02T10:00:00+00:00", "status": "granted"}], "cookie_consent_history": [null]}
            """);

        var history = await Office.GetConsentHistoryAsync(Scope(), CancellationToken.None);

        Assert.Equal("A consent change the provider did not describe", Assert.Single(history.Events).Action);
    }

    [Fact]
    public async Task The_consent_history_and_cookie_choices_are_read_newest_first_as_sent()
    {
        Platform.OnJson(ConsentPath, """
            {"success": true,
             "consent_history": [
               {"timestamp": "2026-11-02T10:00:00+00:00", "action": "marketing_consent_withdrawn", "description": "Marketing consent withdrawn",
                "status": "withdrawn", "evidence": {"ip": "10.0.0.1"}},
               {"timestamp": "not a time", "action": "privacy_policy_accepted", "description": "", "status": "granted", "evidence": {}}],
             "cookie_consent_history": [
               {"id": "8d0b5c7e-0000-4000-8000-000000000001", "status": "customized", "essential": true, "functional": true,
                "analytics": false, "marketing": false, "consent_version": "2.1", "created_at": "2026-10-01T09:00:00+00:00",
                "updated_at": "2026-10-02T09:00:00+00:00"}]}
            """);

        var history = await Office.GetConsentHistoryAsync(Scope(), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertUserScoped(request, "/api/gdpr/consent-history/");
        Assert.Collection(
            history.Events,
            withdrawn => Assert.Equal(
                new ConsentEvent(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), "Marketing consent withdrawn", "withdrawn"), withdrawn),
            accepted => Assert.Equal(new ConsentEvent(null, "privacy_policy_accepted", "granted"), accepted));
        Assert.Equal(
            new CookieConsent("customized", true, true, false, false, "2.1", new DateTimeOffset(2026, 10, 2, 9, 0, 0, TimeSpan.Zero)),
            Assert.Single(history.CookieConsents));
    }

    [Fact]
    public async Task Exports_are_listed_with_action_status_in_each_state_and_tolerate_missing_details_and_rows_without_an_id()
    {
        Platform.OnJson(ExportPath, """
            {"success": true, "exports": [
              {"id": "e4", "status": "failed", "requested_at": "2026-11-04T08:00:00+00:00", "completed_at": null,
               "expires_at": "2026-11-11T08:00:00+00:00", "file_size": null, "record_count": null},
              {"id": "e3", "status": "completed", "requested_at": "2026-11-03T08:00:00+00:00", "completed_at": "2026-11-03T08:05:00+00:00",
               "expires_at": "2026-11-10T08:00:00+00:00", "file_size": 48213, "record_count": 312},
              {"id": "e2", "status": "processing", "requested_at": "2026-11-02T08:00:00+00:00"},
              {"id": "e1", "status": "pending"},
              null, {"status": "completed"}, {"id": "", "status": "completed"}, {"id": {}, "status": "failed"},
              {"id": "e0", "status": "archived", "requested_at": "yesterday"}]}
            """);

        var exports = await Office.ListDataExportsAsync(Scope(), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertUserScoped(request, "/api/gdpr/data-export/");
        Assert.Equal("status", request.Json.GetProperty("action").GetString());
        Assert.Equal(
            [DataExportStatus.Failed, DataExportStatus.Completed, DataExportStatus.Processing, DataExportStatus.Pending, DataExportStatus.Unknown],
            exports.Select(export => export.Status));
        var completed = exports[1];
        Assert.Equal((48213L, 312), (completed.FileSize, completed.RecordCount));
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 8, 5, 0, TimeSpan.Zero), completed.CompletedAt);
        Assert.Null(exports[4].RequestedAt);
    }

    [Fact]
    public async Task A_request_for_a_copy_is_sent_once_with_action_request_and_answers_the_new_export()
    {
        Platform.OnJson(ExportPath, """{"success": true, "export_id": "3f0c1c52-1111-4000-8000-00000000abcd", "status": "pending"}""");

        var export = await Office.RequestDataExportAsync(Scope(), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertUserScoped(request, "/api/gdpr/data-export/");
        Assert.Equal("request", request.Json.GetProperty("action").GetString());
        Assert.Equal(("3f0c1c52-1111-4000-8000-00000000abcd", DataExportStatus.Pending), (export.Id, export.Status));
    }

    [Fact]
    public async Task A_failed_request_is_unavailable_and_never_sent_again()
    {
        Platform.OnJson(ExportPath, """{"success": false, "error": "Failed to create export request"}""", StatusCodes.Status500InternalServerError);

        var failure = await Assert.ThrowsAsync<BackendUnavailableException>(() => Office.RequestDataExportAsync(Scope(), CancellationToken.None));

        Assert.Equal("privacy", failure.Area);
        Assert.Single(Platform.Requests);
    }

    [Fact]
    public async Task An_unknown_or_inactive_user_is_not_found()
    {
        Platform.OnJson(ConsentPath, """{"success": false, "error": "Access denied"}""", StatusCodes.Status403Forbidden);

        var failure = await Assert.ThrowsAsync<NotFoundException>(() => Office.GetConsentHistoryAsync(Scope(), CancellationToken.None));

        Assert.Equal("account", failure.What);
    }

    [Fact]
    public async Task A_list_without_its_exports_is_malformed()
    {
        Platform.OnJson(ExportPath, """{"success": true}""");

        var failure = await Assert.ThrowsAsync<BackendUnavailableException>(() => Office.ListDataExportsAsync(Scope(), CancellationToken.None));

        Assert.Equal("privacy", failure.Area);
    }

    private AccountScope Scope() =>
        new(Portal.Get<PlatformAccessTokens>().Issue(new UserId("42")), new UserId("42"), 42);

    private static void AssertUserScoped(RecordedRequest request, string target)
    {
        Assert.True(request.Accepted, request.Refusal);
        Assert.Equal(("POST", target), (request.Method, request.RawTarget));
        Assert.Equal(42, request.Json.GetProperty("user_id").GetInt64());
        Assert.False(request.Json.TryGetProperty("customer_id", out _));
        Assert.Equal(JsonValueKind.Number, request.Json.GetProperty("timestamp").ValueKind);
    }
}
