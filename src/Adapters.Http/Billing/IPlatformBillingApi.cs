using Portal.Adapters.Http.Billing.Dtos;
using Portal.Adapters.Http.Platform.Signing;
using Refit;

namespace Portal.Adapters.Http.Billing;

/// <summary>
/// The Platform's <c>/billing/</c> endpoints, implemented by Refit's source generator. Every body arrives serialized and
/// hashed once per call (see <see cref="Platform.PlatformApiClient"/>), so each attempt sends the same bytes and only the
/// signature headers change.
/// </summary>
[Headers("Accept: application/json")]
internal interface IPlatformBillingApi
{
    const string SummaryRoute = "/billing/summary/";
    const string InvoicesRoute = "/billing/invoices/";
    const string InvoiceRoute = "/billing/invoices/{number}/";
    const string InvoicePdfRoute = "/billing/invoices/{number}/pdf/";
    const string ProformasRoute = "/billing/proformas/";
    const string ProformaRoute = "/billing/proformas/{number}/";
    const string ProformaPdfRoute = "/billing/proformas/{number}/pdf/";
    const string DocumentsRoute = "/billing/documents/";

    [Post(SummaryRoute)]
    Task<BillingSummaryAnswer> GetSummaryAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(InvoicesRoute)]
    Task<InvoiceListAnswer> ListInvoicesAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(InvoiceRoute)]
    Task<InvoiceAnswer> GetInvoiceAsync(
        string number, [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    /// <summary>The answer as it arrives, once its headers are read: the caller streams the PDF and owns the response.</summary>
    [Post(InvoicePdfRoute)]
    [Headers("Accept: application/pdf")]
    Task<HttpResponseMessage> OpenInvoicePdfAsync(
        string number, [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(ProformasRoute)]
    Task<ProformaListAnswer> ListProformasAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(ProformaRoute)]
    Task<ProformaAnswer> GetProformaAsync(
        string number, [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    /// <summary>The answer as it arrives, once its headers are read: the caller streams the PDF and owns the response.</summary>
    [Post(ProformaPdfRoute)]
    [Headers("Accept: application/pdf")]
    Task<HttpResponseMessage> OpenProformaPdfAsync(
        string number, [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(DocumentsRoute)]
    Task<DocumentListAnswer> ListDocumentsAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);
}
