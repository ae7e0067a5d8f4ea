using System.Collections.Concurrent;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Testing.Fakes;

/// <summary>
/// A ledger of the invoices, proformas and invoice PDFs a test adds: lists filter by status and page, details and PDFs
/// are found by number, and anything not added is not found.
/// </summary>
public sealed class FakeBillingLedger : FakeTenantPort, IBillingLedger
{
    private readonly ConcurrentQueue<InvoiceSummary> invoices = new();
    private readonly ConcurrentDictionary<InvoiceNumber, Invoice> invoiceDetails = new();
    private readonly ConcurrentDictionary<InvoiceNumber, byte[]> pdfs = new();
    private readonly ConcurrentQueue<ProformaSummary> proformas = new();
    private readonly ConcurrentDictionary<ProformaNumber, Proforma> proformaDetails = new();

    public BillingSummary Summary { get; set; } = new(0, 0, 0, 0, 0, null, []);

    /// <summary>Replaces the summary's answer, to fail it or to hold it.</summary>
    public Func<Task<BillingSummary>>? SummaryAnswer { get; set; }

    public InvoiceFilter? LastInvoiceFilter { get; private set; }

    public PageRequest? LastPage { get; private set; }

    /// <summary>The content of the last PDF handed out, to see whether whoever took it released it.</summary>
    public TrackingStream? LastPdf { get; private set; }

    public void Add(InvoiceSummary invoice) => invoices.Enqueue(invoice);

    public void Add(Invoice invoice) => invoiceDetails[invoice.Number] = invoice;

    public void AddPdf(InvoiceNumber number, byte[] content) => pdfs[number] = content;

    public void Add(ProformaSummary proforma) => proformas.Enqueue(proforma);

    public void Add(Proforma proforma) => proformaDetails[proforma.Number] = proforma;

    public Task<BillingSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => SummaryAnswer?.Invoke() ?? Task.FromResult(Summary));

    public Task<Page<InvoiceSummary>> ListInvoicesAsync(
        TenantScope scope, InvoiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        (LastInvoiceFilter, LastPage) = (filter, page);
        return Answer(scope, cancellationToken, () =>
            Task.FromResult(PageOf(invoices.Where(i => filter.Status is null || i.Status == filter.Status), page)));
    }

    public Task<Invoice> GetInvoiceAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Found(invoiceDetails.GetValueOrDefault(number), "invoice"));

    public Task<InvoiceDocument> OpenInvoicePdfAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () =>
        {
            if (!pdfs.TryGetValue(number, out var content))
            {
                return NotFound<InvoiceDocument>("invoice");
            }

            LastPdf = new TrackingStream(content);
            return Task.FromResult(new InvoiceDocument(LastPdf, number.Value + ".pdf", content.Length));
        });

    public Task<Page<ProformaSummary>> ListProformasAsync(TenantScope scope, PageRequest page, CancellationToken cancellationToken)
    {
        LastPage = page;
        return Answer(scope, cancellationToken, () => Task.FromResult(PageOf(proformas, page)));
    }

    public Task<Proforma> GetProformaAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Found(proformaDetails.GetValueOrDefault(number), "proforma"));
}
