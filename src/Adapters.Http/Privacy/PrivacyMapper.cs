using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Privacy.Dtos;
using Portal.Domain.Privacy;

namespace Portal.Adapters.Http.Privacy;

/// <summary>
/// The GDPR answers as Domain values. The lists must be there; a null entry, and an export without an id, is left out
/// rather than costing the others; inside an entry a time that does not parse or a missing flag degrades that one value.
/// </summary>
internal static class PrivacyMapper
{
    public static ConsentHistory ToHistory(ConsentHistoryAnswer answer) =>
        new(
            PageMapping.Items(answer.ConsentHistory, "consent_history", ToEvent),
            answer.CookieConsentHistory is null ? [] : PageMapping.Items(answer.CookieConsentHistory, "cookie_consent_history", ToCookieConsent));

    public static IReadOnlyList<DataExport> ToExports(DataExportAnswer answer) =>
        PageMapping.Items(answer.Exports?.FindAll(export => WireValues.Optional(export?.Id) is not null), "exports", ToExport);

    /// <summary>A request's answer names only the new export and its status; it was made just now.</summary>
    public static DataExport ToRequested(DataExportAnswer answer, DateTimeOffset now) =>
        new(WireValues.Require(answer.ExportId, "export_id"), ToStatus(answer.Status)) { RequestedAt = now };

    /// <summary>An entry the Platform names neither by description nor by action: shown, not fatal to the history.</summary>
    private const string UndescribedConsent = "A consent change the provider did not describe";

    private static ConsentEvent ToEvent(ConsentEventDto consent) =>
        new(
            WireValues.TryInstant(consent.Timestamp),
            WireValues.Optional(consent.Description) ?? WireValues.Optional(consent.Action) ?? UndescribedConsent,
            WireValues.Optional(consent.Status));

    private static CookieConsent ToCookieConsent(CookieConsentDto consent) =>
        new(
            WireValues.Optional(consent.Status) ?? "unknown",
            consent.Essential ?? true,
            consent.Functional ?? false,
            consent.Analytics ?? false,
            consent.Marketing ?? false,
            WireValues.Optional(consent.ConsentVersion),
            WireValues.TryInstant(consent.UpdatedAt) ?? WireValues.TryInstant(consent.CreatedAt));

    private static DataExport ToExport(DataExportDto export) =>
        new(WireValues.Require(export.Id, "exports[].id"), ToStatus(export.Status))
        {
            RequestedAt = WireValues.TryInstant(export.RequestedAt),
            CompletedAt = WireValues.TryInstant(export.CompletedAt),
            ExpiresAt = WireValues.TryInstant(export.ExpiresAt),
            FileSize = export.FileSize is >= 0 ? export.FileSize : null,
            RecordCount = export.RecordCount is >= 0 ? export.RecordCount : null,
        };

    private static DataExportStatus ToStatus(string? status) => WireValues.ToEnum<DataExportStatus>(status);
}
