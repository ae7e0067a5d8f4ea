using Portal.Adapters.Http.Billing.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Adapters.Http.Billing;

/// <summary>
/// Billing's snake_case answers (platform-api.md §6) as Domain billing documents; any broken promise throws and becomes
/// "malformed answer". An unknown status or line kind is kept as it came, never fatal.
/// </summary>
internal static class BillingMapper
{
    /// <summary>
    /// The summary's counts (a missing or negative one unknown) and total. Its <c>currency_code</c> is hard-coded by the Platform, so the total is labelled
    /// with it unconfirmed; its <c>recent_invoices</c>, which carry no currency, are not read (the latest invoices come
    /// from the invoice list, which names each one's).
    /// </summary>
    public static BillingSummary ToSummary(BillingSummaryDto? summary)
    {
        if (summary is null)
        {
            throw new FormatException("'summary' is missing.");
        }

        var code = WireValues.TryCurrencyCode(summary.CurrencyCode);
        return new BillingSummary(
            UnknownOrCount.From(summary.TotalInvoices),
            UnknownOrCount.From(summary.DraftInvoices),
            UnknownOrCount.From(summary.IssuedInvoices),
            UnknownOrCount.From(summary.OverdueInvoices),
            UnknownOrCount.From(summary.PaidInvoices))
        {
            IssuedAndOverdueTotal = summary.TotalAmountDueCents is { } cents && code is not null
                ? new Money(cents, code, BillingCurrency.DefaultDecimals)
                : null,
        };
    }

    public static Page<InvoiceSummary> ToInvoicePage(InvoiceListAnswer answer, PageRequest requested) =>
        PageMapping.ToPage(
            answer.Invoices, "invoices", invoice => invoice.Number, invoice => ToInvoiceSummary(invoice), answer.Pagination, requested);

    public static Invoice ToInvoice(InvoiceDto? invoice)
    {
        if (invoice is null)
        {
            throw new FormatException("'invoice' is missing.");
        }

        var currency = BillingAmounts.Currency(invoice.Currency, invoice.CurrencyCode);
        var summary = ToInvoiceSummary(invoice, currency);
        return new Invoice(
            summary,
            BillingAmounts.ToMoney(invoice.SubtotalCents, invoice.Subtotal, currency, "invoice.subtotal"),
            BillingAmounts.ToMoney(invoice.TaxCents, invoice.TaxAmount, currency, "invoice.tax_amount"),
            WireValues.TryInstant(invoice.IssuedAt),
            WireValues.TryInstant(invoice.PaidAt),
            ToLines(invoice.Lines, currency),
            ToBillTo(invoice.BillTo));
    }

    public static Page<ProformaSummary> ToProformaPage(ProformaListAnswer answer, PageRequest requested) =>
        PageMapping.ToPage(
            answer.Proformas, "proformas", proforma => proforma.Number, proforma => ToProformaSummary(proforma), answer.Pagination, requested);

    public static Proforma ToProforma(ProformaDto? proforma)
    {
        if (proforma is null)
        {
            throw new FormatException("'proforma' is missing.");
        }

        var currency = BillingAmounts.Currency(proforma.Currency, proforma.CurrencyCode);
        var summary = ToProformaSummary(proforma, currency);
        return new Proforma(
            summary,
            BillingAmounts.ToMoney(proforma.SubtotalCents, proforma.Subtotal, currency, "proforma.subtotal"),
            BillingAmounts.ToMoney(proforma.TaxCents, proforma.TaxAmount, currency, "proforma.tax_amount"),
            ToLines(proforma.Lines, currency),
            ToBillTo(proforma.BillTo),
            proforma.Notes);
    }

    /// <summary>
    /// The documents of both kinds, each by its <c>document_type</c>; a row of a kind Portal does not know is left out
    /// rather than failing the list. Counts the Platform did not send, or sent negative, are null.
    /// </summary>
    public static BillingDocumentList ToDocumentList(DocumentListAnswer answer, PageRequest requested)
    {
        var page = PageMapping.ToPage(
            answer.Documents, "documents", document => document.Number, document => ToDocument(document), answer.Pagination, requested);
        var summary = answer.Summary;
        var counts = (UnknownOrCount.From(summary?.InvoiceCount), UnknownOrCount.From(summary?.ProformaCount), UnknownOrCount.From(summary?.UnpaidInvoiceCount)) is ({ } invoices, { } proformas, { } unpaid)
            ? new BillingDocumentCounts(invoices, proformas, unpaid, UnknownOrCount.From(summary?.TotalCount) ?? invoices + proformas)
            : null;
        return new BillingDocumentList(page, counts);
    }

    /// <summary>
    /// An invoice or a proforma by its <c>document_type</c>; without one, by the fields only that kind has (an invoice's
    /// <c>amount_due</c>, a proforma's <c>valid_until</c>). A kind Portal has no page for is left out.
    /// </summary>
    private static BillingDocument? ToDocument(DocumentItemDto document) =>
        (WireValues.Optional(document.DocumentType)?.Trim().ToLowerInvariant() ?? KindByFields(document)) switch
        {
            "invoice" => BillingDocument.Of(ToInvoiceSummary(document)),
            "proforma" => BillingDocument.Of(ToProformaSummary(document)),
            _ => null,
        };

    private static string? KindByFields(DocumentItemDto document) =>
        document.AmountDue is not null ? "invoice"
        : !string.IsNullOrWhiteSpace(document.ValidUntil) ? "proforma"
        : null;

    private static InvoiceSummary ToInvoiceSummary<TInvoice>(TInvoice invoice)
        where TInvoice : BillingDocumentDto, IInvoiceItemFields =>
        ToInvoiceSummary(invoice, BillingAmounts.Currency(invoice.Currency, invoice.CurrencyCode));

    private static InvoiceSummary ToInvoiceSummary<TInvoice>(TInvoice invoice, BillingCurrency currency)
        where TInvoice : BillingDocumentDto, IInvoiceItemFields
    {
        var total = BillingAmounts.ToMoney(invoice.TotalCents, invoice.Total, currency, "invoice.total");
        var amountDue = new Money(WireValues.Require(invoice.AmountDue, "invoice.amount_due"), total.Currency);
        return new InvoiceSummary(
            new InvoiceNumber(WireValues.Require(invoice.Number, "invoice.number")),
            WireValues.ToEnum<InvoiceStatus>(invoice.Status),
            total,
            WireValues.TryDate(invoice.DueAt),
            WireValues.TryInstant(invoice.CreatedAt),
            invoice.IsOverdue ?? false,
            amountDue)
        {
            StatusCode = WireValues.Optional(invoice.Status),
        };
    }

    private static ProformaSummary ToProformaSummary<TProforma>(TProforma proforma)
        where TProforma : BillingDocumentDto, IProformaItemFields =>
        ToProformaSummary(proforma, BillingAmounts.Currency(proforma.Currency, proforma.CurrencyCode));

    private static ProformaSummary ToProformaSummary<TProforma>(TProforma proforma, BillingCurrency currency)
        where TProforma : BillingDocumentDto, IProformaItemFields =>
        new(
            new ProformaNumber(WireValues.Require(proforma.Number, "proforma.number")),
            WireValues.ToEnum<ProformaStatus>(proforma.Status),
            BillingAmounts.ToMoney(proforma.TotalCents, proforma.Total, currency, "proforma.total"),
            WireValues.TryDate(proforma.ValidUntil),
            WireValues.TryInstant(proforma.CreatedAt),
            proforma.IsExpired ?? false)
        {
            StatusCode = WireValues.Optional(proforma.Status),
        };

    private static IReadOnlyList<InvoiceLine> ToLines(List<InvoiceLineDto?>? lines, BillingCurrency currency) =>
        PageMapping.Items(lines, "lines", line => new InvoiceLine(
            WireValues.Optional(line.Description)?.Trim(),
            line.Quantity ?? 1m,
            BillingAmounts.ToMoney(line.UnitPriceCents, line.UnitPrice, currency, "lines[].unit_price"),
            BillingAmounts.ToBasisPoints(line.TaxRate),
            BillingAmounts.ToMoney(line.LineTotalCents, line.LineTotal, currency, "lines[].line_total"))
        {
            Kind = WireValues.ToEnum<InvoiceLineKind>(line.Kind),
            KindCode = WireValues.Optional(line.Kind),
            PeriodStart = WireValues.TryDate(line.PeriodStart),
            PeriodEnd = WireValues.TryDate(line.PeriodEnd),
            DomainName = WireValues.Optional(line.DomainName),
        });

    /// <summary>A draft may have no addressee yet: without a name there is none to show.</summary>
    private static BillTo? ToBillTo(BillToDto? billTo)
    {
        if (billTo is null || string.IsNullOrWhiteSpace(billTo.Name))
        {
            return null;
        }

        var lines = (billTo.Address ?? string.Empty).Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new BillTo(billTo.Name.Trim(), lines, WireValues.Optional(billTo.TaxId)?.Trim())
        {
            Email = WireValues.Optional(billTo.Email)?.Trim(),
        };
    }
}
