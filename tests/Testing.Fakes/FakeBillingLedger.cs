using System.Collections.Concurrent;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Testing.Fakes;

/// <summary>
/// A ledger of the invoices, proformas and PDFs a test adds: lists filter by status and page, the documents list
/// filters by type, status and a number search and counts all documents, details and PDFs are found by number, and
/// anything not added is not found.
/// </summary>
public sealed class FakeBillingLedger : FakeTenantPort, IBillingLedger
{
    private readonly ConcurrentQueue<InvoiceSummary> invoices = new();
    private readonly ConcurrentDictionary<InvoiceNumber, Invoice> invoiceDetails = new();
    private readonly ConcurrentDictionary<InvoiceNumber, byte[]> pdfs = new();
    private readonly ConcurrentDictionary<ProformaNumber, byte[]> proformaPdfs = new();
    private readonly ConcurrentQueue<ProformaSummary> proformas = new();
    private readonly ConcurrentDictionary<ProformaNumber, Proforma> proformaDetails = new();

    public BillingSummary Summary { get; set; } = new(0, 0, 0, 0, 0);

    /// <summary>Replaces the summary's answer, to fail it or to hold it.</summary>
    public Func<Task<BillingSummary>>? SummaryAnswer { get; set; }

    /// <summary>The page number the invoice list claims to be, whatever was asked: a backend whose numbers disagree.</summary>
    public int? ClaimedInvoicePage { get; set; }

    /// <summary>The page size the invoice list answers in, whatever was asked: a Platform that pages by its own limit.</summary>
    public int? OwnInvoicePageSize { get; set; }

    public InvoiceFilter? LastInvoiceFilter { get; private set; }

    public PageRequest? LastPage { get; private set; }

    public BillingDocumentFilter? LastDocumentFilter { get; private set; }

    /// <summary>The content of the last PDF handed out, to see whether whoever took it released it.</summary>
    public TrackingStream? LastPdf { get; private set; }

    public void Add(InvoiceSummary invoice) => invoices.Enqueue(invoice);

    /// <summary>How many invoices the ledger holds, the seeded ones included.</summary>
    public int InvoiceCount => invoices.Count;

    public void Add(Invoice invoice) => invoiceDetails[invoice.Number] = invoice;

    public void AddPdf(InvoiceNumber number, byte[] content) => pdfs[number] = content;

    public void AddPdf(ProformaNumber number, byte[] content) => proformaPdfs[number] = content;

    public void Add(ProformaSummary proforma) => proformas.Enqueue(proforma);

    public void Add(Proforma proforma) => proformaDetails[proforma.Number] = proforma;

    public Task<BillingSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => SummaryAnswer?.Invoke() ?? Task.FromResult(Summary));

    public Task<Page<InvoiceSummary>> ListInvoicesAsync(
        TenantScope scope, InvoiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        (LastInvoiceFilter, LastPage) = (filter, page);
        return Answer(scope, cancellationToken, () =>
        {
            var answer = PageOf(invoices.Where(i => filter.Status is null || i.Status == filter.Status), OwnInvoicePageSize is { } own ? new PageRequest(page.Number, own) : page);
            return Task.FromResult(ClaimedInvoicePage is { } claimed ? new Page<InvoiceSummary>(answer.Items, claimed, answer.Size, answer.TotalItems) : answer);
        });
    }

    public Task<Invoice> GetInvoiceAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Found(invoiceDetails.GetValueOrDefault(number), "invoice"));

    public Task<BillingPdf> OpenInvoicePdfAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Pdf(pdfs.GetValueOrDefault(number), "invoice", number.Value + ".pdf"));

    public Task<BillingPdf> OpenProformaPdfAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Pdf(proformaPdfs.GetValueOrDefault(number), "proforma", number.Value + ".pdf"));

    public Task<BillingDocumentList> ListDocumentsAsync(
        TenantScope scope, BillingDocumentFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        (LastDocumentFilter, LastPage) = (filter, page);
        return Answer(scope, cancellationToken, () =>
        {
            var all = invoices.Select(BillingDocument.Of).Concat(proformas.Select(BillingDocument.Of)).ToArray();
            var matching = all.Where(d => (filter.Type is null || d.Type == filter.Type)
                && (filter.Status is null || string.Equals(StatusCode(d), filter.Status, StringComparison.Ordinal))
                && (filter.Search is null || NumberOf(d).Contains(filter.Search, StringComparison.OrdinalIgnoreCase)));
            var counts = new BillingDocumentCounts(
                invoices.Count,
                proformas.Count,
                invoices.Count(i => i.Status is InvoiceStatus.Draft or InvoiceStatus.Issued or InvoiceStatus.Overdue),
                all.Length);
            return Task.FromResult(new BillingDocumentList(PageOf(matching, page), counts));
        });
    }

    private static string StatusCode(BillingDocument document) =>
        document.Invoice?.StatusCode ?? document.Proforma?.StatusCode
        ?? (document.Invoice?.Status.ToString() ?? document.Proforma!.Status.ToString()).ToLowerInvariant();

    private static string NumberOf(BillingDocument document) => document.Invoice?.Number.Value ?? document.Proforma!.Number.Value;

    private Task<BillingPdf> Pdf(byte[]? content, string subject, string fileName)
    {
        if (content is null)
        {
            return NotFound<BillingPdf>(subject);
        }

        LastPdf = new TrackingStream(content);
        return Task.FromResult(new BillingPdf(LastPdf, fileName, content.Length));
    }

    public Task<Page<ProformaSummary>> ListProformasAsync(TenantScope scope, PageRequest page, CancellationToken cancellationToken)
    {
        LastPage = page;
        return Answer(scope, cancellationToken, () => Task.FromResult(PageOf(proformas, page)));
    }

    public Task<Proforma> GetProformaAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Found(proformaDetails.GetValueOrDefault(number), "proforma"));
}
