using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.GetBillingSummary;

/// <summary>The summary, its total in the latest invoices' currency, and those invoices, newest first.</summary>
public sealed record BillingSummaryView(BillingSummary Summary, IReadOnlyList<InvoiceSummary> LatestInvoices);
