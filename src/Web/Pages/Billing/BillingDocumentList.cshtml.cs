using Microsoft.AspNetCore.Mvc;
using Portal.Application.Billing;
using Portal.Application.Billing.Queries.ListBillingDocuments;
using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Web.Formatting;

namespace Portal.Web.Pages.Billing;

/// <summary>
/// The customer's invoices and proformas in one list, searched, filtered by type and by a status of that type, paged;
/// with the Platform's counts of all the customer's documents, which the filters do not change.
/// </summary>
public sealed class BillingDocumentListModel(PortalPageServices services) : ListPageModel<BillingDocument>(services)
{
    private static readonly Dictionary<string, Func<BillingDocument, IComparable?>> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = d => d.Invoice?.Number.Value ?? d.Proforma!.Number.Value,
        ["total"] = d => (d.Invoice?.Total ?? d.Proforma!.Total).Cents,
        // By the document's kind: an invoice's unknown time is unknown, never looked for on a proforma it is not.
        ["created"] = d => d.Invoice is { } invoice ? invoice.CreatedAt : d.Proforma!.CreatedAt,
    };

    /// <summary>"invoice", "proforma", or blank (or "all") for both: <c>?type=</c>, the query's <c>DocumentType</c>.</summary>
    public string? DocumentType => QueryValue("type");

    public string? Status => QueryValue("status");

    public string? Search => QueryValue("search");

    /// <summary>The counts of all documents; null when the Platform did not send them.</summary>
    public BillingDocumentCounts? Counts { get; private set; }

    /// <summary>The statuses the status filter offers: those of the chosen type, or of both for all.</summary>
    public IReadOnlyList<string> StatusCodes => BillingCodes.DocumentStatusesFor(DocumentType) is { Count: > 0 } codes
        ? codes
        : BillingCodes.DocumentStatusesFor(null);

    /// <summary>
    /// Why a status of the other document type was refused ("Paid is a status of invoices, not proformas"), which Portal
    /// knows though the chosen type does not have it; null for any other status, which Portal does not know.
    /// </summary>
    public string? StatusRefusal => (BillingCodes.IsDocumentTypeOrAll(DocumentType) ? BillingCodes.ParseDocumentType(DocumentType) : null) switch
    {
        BillingDocumentType.Proforma when BillingCodes.InvoiceStatuses.IsKnown(Status) && !BillingCodes.ProformaStatuses.IsKnown(Status)
            => Display.Words(BillingCodes.InvoiceStatuses.Parse(Status!)) + " is a status of invoices, not proformas: choose another status, or All as the type.",
        BillingDocumentType.Invoice when BillingCodes.ProformaStatuses.IsKnown(Status) && !BillingCodes.InvoiceStatuses.IsKnown(Status)
            => Display.Words(BillingCodes.ProformaStatuses.Parse(Status!)) + " is a status of proformas, not invoices: choose another status, or All as the type.",
        _ => null,
    };

    protected override string ListPath => Link("billing/documents");

    protected override IReadOnlyDictionary<string, string?> Filters => new Dictionary<string, string?>
    {
        // "all" is both types, as no type is: not a filter, and left out of the list's links.
        ["type"] = BillingCodes.IsAllDocumentTypes(DocumentType) ? null : DocumentType,
        ["status"] = Status,
        ["search"] = Search,
    };

    protected override IReadOnlyDictionary<string, Func<BillingDocument, IComparable?>> SortKeys => Columns;

    public Task<IActionResult> OnGetAsync() => SignedInAsync(signIn =>
        ListAsync(async page =>
        {
            var answer = await Mediator.Send(
                new ListBillingDocumentsQuery(AccessFor(signIn), DocumentType, Status, Search, page, PageRequest.DefaultSize), Aborted);
            Counts = answer.Counts;
            return answer.Documents;
        }));
}
