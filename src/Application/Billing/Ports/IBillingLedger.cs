using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Application.Billing.Ports;

/// <summary>
/// The customer's invoices and proformas as the billing system keeps them. Every call is about the tenant in the
/// <see cref="TenantScope"/>; a document that does not exist or belongs to another customer is a
/// <see cref="Common.Exceptions.NotFoundException"/>, a billing system that cannot answer is a
/// <see cref="Common.Exceptions.BackendUnavailableException"/> with area "billing".
/// </summary>
public interface IBillingLedger
{
    Task<BillingSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken);

    Task<Page<InvoiceSummary>> ListInvoicesAsync(
        TenantScope scope, InvoiceFilter filter, PageRequest page, CancellationToken cancellationToken);

    Task<Invoice> GetInvoiceAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken);

    /// <summary>The invoice's PDF as an open stream; the caller owns the returned document and disposes it.</summary>
    Task<BillingPdf> OpenInvoicePdfAsync(TenantScope scope, InvoiceNumber number, CancellationToken cancellationToken);

    Task<Page<ProformaSummary>> ListProformasAsync(TenantScope scope, PageRequest page, CancellationToken cancellationToken);

    Task<Proforma> GetProformaAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken);

    /// <summary>The proforma's PDF as an open stream; the caller owns the returned document and disposes it.</summary>
    Task<BillingPdf> OpenProformaPdfAsync(TenantScope scope, ProformaNumber number, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the invoices and proformas together, newest first, with the counts of all documents (which ignore the
    /// filter). A page past the end answers the last page.
    /// </summary>
    Task<BillingDocumentList> ListDocumentsAsync(
        TenantScope scope, BillingDocumentFilter filter, PageRequest page, CancellationToken cancellationToken);
}
