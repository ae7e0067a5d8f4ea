using Portal.Application.Common.Validation;
using Portal.Domain.Billing;

namespace Portal.Application.Billing;

/// <summary>
/// The billing codes requests carry, as Web puts them in URLs: the invoice statuses the Platform filters by (never
/// partially_refunded, which it ignores and answers unfiltered), the proforma statuses, and the document types of the
/// documents list, whose status filter offers the statuses of the chosen type.
/// </summary>
public static class BillingCodes
{
    public static CodeMap<InvoiceStatus> InvoiceStatuses { get; } = new(
        ("draft", InvoiceStatus.Draft),
        ("issued", InvoiceStatus.Issued),
        ("paid", InvoiceStatus.Paid),
        ("overdue", InvoiceStatus.Overdue),
        ("void", InvoiceStatus.Void),
        ("refunded", InvoiceStatus.Refunded));

    public static CodeMap<ProformaStatus> ProformaStatuses { get; } = new(
        ("draft", ProformaStatus.Draft),
        ("sent", ProformaStatus.Sent),
        ("accepted", ProformaStatus.Accepted),
        ("expired", ProformaStatus.Expired),
        ("converted", ProformaStatus.Converted));

    /// <summary>The documents list's types; "all" (or blank) lists both, as the Platform's default does.</summary>
    public static CodeMap<BillingDocumentType> DocumentTypes { get; } = new(
        ("invoice", BillingDocumentType.Invoice),
        ("proforma", BillingDocumentType.Proforma));

    public const string AllDocumentTypes = "all";

    /// <summary>Whether <paramref name="code"/> is "all" (trimmed, any case): both types, as a blank one is.</summary>
    public static bool IsAllDocumentTypes(string? code) =>
        string.Equals(code?.Trim(), AllDocumentTypes, StringComparison.OrdinalIgnoreCase);

    public static bool IsDocumentTypeOrAll(string? code) => DocumentTypes.IsKnownOrBlank(code) || IsAllDocumentTypes(code);

    /// <summary>The type a documents request asks for; null for all (blank or "all").</summary>
    public static BillingDocumentType? ParseDocumentType(string? code) =>
        IsAllDocumentTypes(code) ? null : DocumentTypes.ParseOptional(code);

    /// <summary>The statuses a documents list of <paramref name="documentType"/> can filter by: the type's own, or both types' for all.</summary>
    public static IReadOnlyList<string> DocumentStatusesFor(string? documentType) => IsDocumentTypeOrAll(documentType)
        ? ParseDocumentType(documentType) switch
        {
            BillingDocumentType.Invoice => InvoiceStatuses.Codes,
            BillingDocumentType.Proforma => ProformaStatuses.Codes,
            _ => InvoiceStatuses.Codes.Concat(ProformaStatuses.Codes).Distinct(StringComparer.Ordinal).ToArray(),
        }
        : [];
}
