using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Invoices INV-2026-0001 (issued) and INV-2026-0002 (overdue) with a PDF, proforma PRO-1; <see cref="Failure"/> fails everything.</summary>
internal sealed class FakeBillingLedger : IBillingLedger
{
    public static readonly byte[] PdfBytes = [.. "%PDF-1.4 fake invoice"u8];

    public Exception? Failure { get; set; }

    public InvoiceFilter? LastFilter { get; private set; }

    public TrackingStream? LastPdf { get; private set; }

    public Task<BillingSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(() => Samples.BillingSummary());

    public Task<Page<InvoiceSummary>> ListInvoicesAsync(
        TenantScope scope, InvoiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        LastFilter = filter;
        var all = new[] { Samples.Invoice("INV-2026-0001"), Samples.Invoice("INV-2026-0002", InvoiceStatus.Overdue) }
            .Where(i => filter.Status is null || i.Status == filter.Status)
            .ToList();
        return Answer(() => new Page<InvoiceSummary>(all, page.Number, page.Size, all.Count));
    }

    public Task<Invoice> GetInvoiceAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken) =>
        Answer(() => Samples.InvoiceWithLines(Known(number).Value));

    public Task<InvoiceDocument> OpenInvoicePdfAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken) =>
        Answer(() =>
        {
            LastPdf = new TrackingStream(PdfBytes);
            return new InvoiceDocument(LastPdf, Known(number).Value + ".pdf", PdfBytes.Length);
        });

    public Task<Page<ProformaSummary>> ListProformasAsync(TenantScope scope, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Answer(() => new Page<ProformaSummary>([Samples.Proforma("PRO-1")], page.Number, page.Size, 1));
    }

    public Task<Proforma> GetProformaAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken) =>
        Answer(() => number.Value == "PRO-1" ? Samples.ProformaWithLines("PRO-1") : throw new NotFoundException("proforma"));

    private static InvoiceNumber Known(InvoiceNumber number) =>
        number.Value is "INV-2026-0001" or "INV-2026-0002" ? number : throw new NotFoundException("invoice");

    private Task<T> Answer<T>(Func<T> answer)
    {
        if (Failure is not null)
        {
            return Task.FromException<T>(Failure);
        }

        try
        {
            return Task.FromResult(answer());
        }
        catch (NotFoundException notFound)
        {
            return Task.FromException<T>(notFound);
        }
    }
}
