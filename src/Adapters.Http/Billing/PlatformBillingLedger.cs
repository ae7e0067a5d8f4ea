using Microsoft.Extensions.Logging;
using Portal.Adapters.Http.Billing.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Adapters.Http.Billing;

/// <summary><see cref="IBillingLedger"/> over the Platform's <c>/billing/</c> endpoints; every call is a read.</summary>
internal sealed class PlatformBillingLedger(
    HttpClient http, PlatformResiliencePipelines pipelines, TimeProvider time, ILogger<PlatformBillingLedger> logger)
    : PlatformApiClient(http, PlatformArea.Billing, pipelines, time, logger), IBillingLedger
{
    public Task<BillingSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            "billing/summary/",
            Scoped(new ScopedRequest(), scope),
            BillingJsonContext.Default.ScopedRequest,
            BillingJsonContext.Default.BillingSummaryAnswer,
            PlatformCall.Read("billing summary"),
            answer => BillingMapper.ToSummary(answer.Summary),
            cancellationToken);

    public Task<Page<InvoiceSummary>> ListInvoicesAsync(
        TenantScope scope, InvoiceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var body = new ListInvoicesRequest
        {
            Page = page.Number,
            Limit = page.Size,
            Status = filter.Status is { } status ? WireValues.ToWire(status) : null,
        };
        return PostAsync(
            "billing/invoices/",
            Scoped(body, scope),
            BillingJsonContext.Default.ListInvoicesRequest,
            BillingJsonContext.Default.InvoiceListAnswer,
            PlatformCall.Read("invoice"),
            answer => BillingMapper.ToInvoicePage(answer, page),
            cancellationToken);
    }

    public Task<Invoice> GetInvoiceAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        return PostAsync(
            $"billing/invoices/{Uri.EscapeDataString(number.Value)}/",
            Scoped(new ScopedRequest(), scope),
            BillingJsonContext.Default.ScopedRequest,
            BillingJsonContext.Default.InvoiceAnswer,
            PlatformCall.Read("invoice"),
            answer => BillingMapper.ToInvoice(answer.Invoice),
            cancellationToken);
    }

    public async Task<InvoiceDocument> OpenInvoicePdfAsync(
        TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        var (content, fileName, length) = await OpenStreamAsync(
            $"billing/invoices/{Uri.EscapeDataString(number.Value)}/pdf/",
            Scoped(new ScopedRequest(), scope),
            BillingJsonContext.Default.ScopedRequest,
            PlatformCall.Read("invoice"),
            InvoiceDocument.PdfContentType,
            cancellationToken).ConfigureAwait(false);

        // The Platform's file name is used only when it is safe to hand to a browser; the number always is.
        var safeName = InvoiceDocument.IsSafeFileName(fileName) ? fileName! : number.Value + ".pdf";
        return new InvoiceDocument(content, safeName, length);
    }

    public Task<Page<ProformaSummary>> ListProformasAsync(TenantScope scope, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return PostAsync(
            "billing/proformas/",
            Scoped(new ListProformasRequest { Page = page.Number, Limit = page.Size }, scope),
            BillingJsonContext.Default.ListProformasRequest,
            BillingJsonContext.Default.ProformaListAnswer,
            PlatformCall.Read("proforma"),
            answer => BillingMapper.ToProformaPage(answer, page),
            cancellationToken);
    }

    public Task<Proforma> GetProformaAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        return PostAsync(
            $"billing/proformas/{Uri.EscapeDataString(number.Value)}/",
            Scoped(new ScopedRequest(), scope),
            BillingJsonContext.Default.ScopedRequest,
            BillingJsonContext.Default.ProformaAnswer,
            PlatformCall.Read("proforma"),
            answer => BillingMapper.ToProforma(answer.Proforma),
            cancellationToken);
    }
}
