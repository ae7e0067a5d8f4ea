using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>An in-memory ledger that remembers what it was asked, so tests can check how handlers call the port.</summary>
internal sealed class FakeBillingLedger : IBillingLedger
{
    public BillingSummary Summary { get; set; } = new(0, 0, 0, 0, 0, null, []);

    public List<InvoiceSummary> Invoices { get; } = [];

    public Dictionary<InvoiceNumber, Invoice> InvoiceDetails { get; } = [];

    public Dictionary<InvoiceNumber, byte[]> Pdfs { get; } = [];

    public List<ProformaSummary> Proformas { get; } = [];

    public Dictionary<ProformaNumber, Proforma> ProformaDetails { get; } = [];

    public TenantScope? LastScope { get; private set; }

    public InvoiceDocument? LastOpenedDocument { get; private set; }

    public InvoiceFilter? LastInvoiceFilter { get; private set; }

    public PageRequest? LastPage { get; private set; }

    public CancellationToken LastCancellationToken { get; private set; }

    /// <summary>Replaces the summary's answer, to fail it or to hold it.</summary>
    public Func<Task<BillingSummary>>? SummaryAnswer { get; set; }

    public Task<BillingSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        return SummaryAnswer?.Invoke() ?? Task.FromResult(Summary);
    }

    public Task<Page<InvoiceSummary>> ListInvoicesAsync(
        TenantScope scope, InvoiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        LastInvoiceFilter = filter;
        LastPage = page;
        var matching = Invoices.Where(i => filter.Status is null || i.Status == filter.Status).ToList();
        return Task.FromResult(PageOf(matching, page));
    }

    public Task<Invoice> GetInvoiceAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        return InvoiceDetails.TryGetValue(number, out var invoice)
            ? Task.FromResult(invoice)
            : Task.FromException<Invoice>(new NotFoundException("invoice"));
    }

    public Task<InvoiceDocument> OpenInvoicePdfAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        if (!Pdfs.TryGetValue(number, out var bytes))
        {
            return Task.FromException<InvoiceDocument>(new NotFoundException("invoice"));
        }

        LastOpenedDocument = new InvoiceDocument(new MemoryStream(bytes, writable: false), $"{number}.pdf", bytes.Length);
        return Task.FromResult(LastOpenedDocument);
    }

    public Task<Page<ProformaSummary>> ListProformasAsync(TenantScope scope, PageRequest page, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        LastPage = page;
        return Task.FromResult(PageOf(Proformas, page));
    }

    public Task<Proforma> GetProformaAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        return ProformaDetails.TryGetValue(number, out var proforma)
            ? Task.FromResult(proforma)
            : Task.FromException<Proforma>(new NotFoundException("proforma"));
    }

    private static Page<T> PageOf<T>(List<T> all, PageRequest page) =>
        new(all.Skip((page.Number - 1) * page.Size).Take(page.Size).ToList(), page.Number, page.Size, all.Count);

    private void Remember(TenantScope scope, CancellationToken cancellationToken)
    {
        LastScope = scope;
        LastCancellationToken = cancellationToken;
    }
}
