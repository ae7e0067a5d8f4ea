using Portal.Adapters.Http.Billing.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Adapters.Http.Billing;

/// <summary>Billing's snake_case answers as Domain billing documents; any broken promise throws and becomes "malformed answer".</summary>
internal static class BillingMapper
{
    public static BillingSummary ToSummary(BillingSummaryDto? summary)
    {
        if (summary is null)
        {
            throw new FormatException("'summary' is missing.");
        }

        var totalDue = summary.TotalAmountDueCents is { } cents && !string.IsNullOrWhiteSpace(summary.CurrencyCode)
            ? PageMapping.ToMoney(cents, summary.CurrencyCode, "summary.currency_code")
            : null;
        return new BillingSummary(
            summary.TotalInvoices,
            summary.DraftInvoices,
            summary.IssuedInvoices,
            summary.OverdueInvoices,
            summary.PaidInvoices,
            totalDue,
            summary.RecentInvoices is null ? [] : PageMapping.Items(summary.RecentInvoices, "recent_invoices", ToInvoiceSummary));
    }

    public static Page<InvoiceSummary> ToInvoicePage(InvoiceListAnswer answer, PageRequest requested) =>
        PageMapping.ToPage(PageMapping.Items(answer.Invoices, "invoices", ToInvoiceSummary), answer.Pagination, requested);

    public static Invoice ToInvoice(InvoiceDto? invoice)
    {
        if (invoice is null)
        {
            throw new FormatException("'invoice' is missing.");
        }

        var summary = ToInvoiceSummary(invoice);
        var currency = summary.Total.Currency;
        return new Invoice(
            summary,
            new Money(WireValues.Require(invoice.SubtotalCents, "invoice.subtotal_cents"), currency),
            new Money(WireValues.Require(invoice.TaxCents, "invoice.tax_cents"), currency),
            WireValues.ToOptionalInstant(invoice.IssuedAt, "invoice.issued_at"),
            WireValues.ToOptionalInstant(invoice.PaidAt, "invoice.paid_at"),
            ToLines(invoice.Lines, currency),
            ToBillTo(invoice.BillTo));
    }

    public static Page<ProformaSummary> ToProformaPage(ProformaListAnswer answer, PageRequest requested) =>
        PageMapping.ToPage(PageMapping.Items(answer.Proformas, "proformas", ToProformaSummary), answer.Pagination, requested);

    public static Proforma ToProforma(ProformaDto? proforma)
    {
        if (proforma is null)
        {
            throw new FormatException("'proforma' is missing.");
        }

        var summary = ToProformaSummary(proforma);
        var currency = summary.Total.Currency;
        return new Proforma(
            summary,
            new Money(WireValues.Require(proforma.SubtotalCents, "proforma.subtotal_cents"), currency),
            new Money(WireValues.Require(proforma.TaxCents, "proforma.tax_cents"), currency),
            ToLines(proforma.Lines, currency),
            ToBillTo(proforma.BillTo),
            proforma.Notes);
    }

    private static InvoiceSummary ToInvoiceSummary(InvoiceDto invoice)
    {
        var total = PageMapping.ToMoney(WireValues.Require(invoice.TotalCents, "invoice.total_cents"), invoice.Currency, "invoice.currency");
        return new InvoiceSummary(
            new InvoiceNumber(WireValues.Require(invoice.Number, "invoice.number")),
            WireValues.ToEnum<InvoiceStatus>(invoice.Status),
            total,
            WireValues.ToOptionalDate(invoice.DueAt, "invoice.due_at"),
            WireValues.ToInstant(invoice.CreatedAt, "invoice.created_at"),
            invoice.IsOverdue,
            new Money(WireValues.Require(invoice.AmountDue, "invoice.amount_due"), total.Currency));
    }

    private static ProformaSummary ToProformaSummary(ProformaDto proforma) =>
        new(
            new ProformaNumber(WireValues.Require(proforma.Number, "proforma.number")),
            WireValues.ToEnum<ProformaStatus>(proforma.Status),
            PageMapping.ToMoney(WireValues.Require(proforma.TotalCents, "proforma.total_cents"), proforma.Currency, "proforma.currency"),
            WireValues.ToOptionalDate(proforma.ValidUntil, "proforma.valid_until"),
            WireValues.ToInstant(proforma.CreatedAt, "proforma.created_at"),
            proforma.IsExpired);

    private static IReadOnlyList<InvoiceLine> ToLines(List<InvoiceLineDto?>? lines, string currency) =>
        PageMapping.Items(lines, "lines", line => new InvoiceLine(
            WireValues.Require(line.Description, "lines[].description"),
            line.Quantity,
            new Money(WireValues.Require(line.UnitPriceCents, "lines[].unit_price_cents"), currency),
            (int)Math.Round(line.TaxRate * 100m, MidpointRounding.AwayFromZero),
            new Money(WireValues.Require(line.LineTotalCents, "lines[].line_total_cents"), currency)));

    private static BillTo? ToBillTo(BillToDto? billTo)
    {
        if (billTo is null)
        {
            return null;
        }

        var lines = billTo.AddressLines?.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!.Trim())
            ?? (billTo.Address ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new BillTo(WireValues.Require(billTo.Name, "bill_to.name"), lines.ToArray(), WireValues.Optional(billTo.TaxId));
    }
}
