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
internal sealed class PlatformBillingLedger(IPlatformBillingApi api, PlatformResiliencePipelines pipelines, TimeProvider time)
    : PlatformApiClient(PlatformArea.Billing, pipelines, time), IBillingLedger
{
    public Task<BillingSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformBillingApi.SummaryRoute,
            Scoped(new ScopedRequest(), scope),
            BillingJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("billing summary"),
            api.GetSummaryAsync,
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
            IPlatformBillingApi.InvoicesRoute,
            Scoped(body, scope),
            BillingJsonContext.Platform.ListInvoicesRequest,
            PlatformCall.Read("invoice"),
            api.ListInvoicesAsync,
            answer => BillingMapper.ToInvoicePage(answer, page),
            cancellationToken);
    }

    public Task<Invoice> GetInvoiceAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        return PostAsync(
            IPlatformBillingApi.InvoiceRoute,
            Scoped(new ScopedRequest(), scope),
            BillingJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("invoice"),
            (body, bodyHash, attemptCancellation) => api.GetInvoiceAsync(number.Value, body, bodyHash, attemptCancellation),
            answer => BillingMapper.ToInvoice(answer.Invoice),
            cancellationToken);
    }

    public Task<BillingPdf> OpenInvoicePdfAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        return OpenPdfAsync(
            IPlatformBillingApi.InvoicePdfRoute,
            scope,
            PlatformCall.Read("invoice"),
            (body, bodyHash, attemptCancellation) => api.OpenInvoicePdfAsync(number.Value, body, bodyHash, attemptCancellation),
            number.Value,
            cancellationToken);
    }

    public Task<Page<ProformaSummary>> ListProformasAsync(TenantScope scope, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return PostAsync(
            IPlatformBillingApi.ProformasRoute,
            Scoped(new ListProformasRequest { Page = page.Number, Limit = page.Size }, scope),
            BillingJsonContext.Platform.ListProformasRequest,
            PlatformCall.Read("proforma"),
            api.ListProformasAsync,
            answer => BillingMapper.ToProformaPage(answer, page),
            cancellationToken);
    }

    public Task<Proforma> GetProformaAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        return PostAsync(
            IPlatformBillingApi.ProformaRoute,
            Scoped(new ScopedRequest(), scope),
            BillingJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("proforma"),
            (body, bodyHash, attemptCancellation) => api.GetProformaAsync(number.Value, body, bodyHash, attemptCancellation),
            answer => BillingMapper.ToProforma(answer.Proforma),
            cancellationToken);
    }

    public Task<BillingPdf> OpenProformaPdfAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        return OpenPdfAsync(
            IPlatformBillingApi.ProformaPdfRoute,
            scope,
            PlatformCall.Read("proforma"),
            (body, bodyHash, attemptCancellation) => api.OpenProformaPdfAsync(number.Value, body, bodyHash, attemptCancellation),
            number.Value,
            cancellationToken);
    }

    public Task<BillingDocumentList> ListDocumentsAsync(
        TenantScope scope, BillingDocumentFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var body = new ListDocumentsRequest
        {
            Page = page.Number,
            Limit = page.Size,
            DocumentType = filter.Type is { } type ? WireValues.ToWire(type) : "all",
            Status = filter.Status,
            Search = filter.Search,
        };
        return PostAsync(
            IPlatformBillingApi.DocumentsRoute,
            Scoped(body, scope),
            BillingJsonContext.Platform.ListDocumentsRequest,
            PlatformCall.Read("billing document"),
            api.ListDocumentsAsync,
            answer => BillingMapper.ToDocumentList(answer, page),
            cancellationToken);
    }

    /// <summary>
    /// A document's PDF streamed as it arrives. The Platform's file name is used only when it is safe to hand to a browser;
    /// the document's number always is.
    /// </summary>
    private async Task<BillingPdf> OpenPdfAsync(
        string endpoint,
        TenantScope scope,
        PlatformCall call,
        Func<HttpContent, string, CancellationToken, Task<HttpResponseMessage>> send,
        string number,
        CancellationToken cancellationToken)
    {
        var (content, fileName, length) = await OpenStreamAsync(
            endpoint,
            Scoped(new ScopedRequest(), scope),
            BillingJsonContext.Platform.ScopedRequest,
            call,
            send,
            BillingPdf.PdfContentType,
            cancellationToken).ConfigureAwait(false);
        var safeName = BillingPdf.IsSafeFileName(fileName) ? fileName! : number + ".pdf";
        return new BillingPdf(content, safeName, length);
    }
}
