using System.Globalization;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>Billing's object shapes (platform-api.md §6): currency object, cents and decimal strings, lines, bill-to.</summary>
internal static class PlatformBilling
{
    public static object Currency(string code) => new
    {
        id = code,
        code,
        name = code == "RON" ? "Romanian Leu" : code,
        symbol = code == "RON" ? "lei" : code,
        decimals = 2,
    };

    /// <summary>InvoiceItem: <c>{id, number, status, total_cents, currency, due_at, created_at, is_overdue, amount_due}</c>.</summary>
    public static Dictionary<string, object?> InvoiceItem(DemoInvoice invoice, DateTimeOffset now) => new()
    {
        ["id"] = invoice.Id,
        ["number"] = invoice.Number,
        ["status"] = invoice.Status,
        ["total_cents"] = invoice.TotalCents,
        ["currency"] = Currency(invoice.Currency),
        ["due_at"] = PlatformDates.Local(invoice.DueAt),
        ["created_at"] = PlatformDates.Local(invoice.CreatedAt),
        ["is_overdue"] = invoice.IsOverdue(now),
        ["amount_due"] = invoice.AmountDueCents,
    };

    public static Dictionary<string, object?> Invoice(DemoInvoice invoice, DemoBillTo billTo, DateTimeOffset now)
    {
        var detail = InvoiceItem(invoice, now);
        detail["subtotal_cents"] = invoice.SubtotalCents;
        detail["tax_cents"] = invoice.TaxCents;
        detail["issued_at"] = PlatformDates.Local(invoice.IssuedAt);
        detail["sent_at"] = PlatformDates.Local(invoice.IssuedAt?.AddMinutes(5));
        detail["paid_at"] = PlatformDates.Local(invoice.PaidAt);
        AddDocumentFields(detail, invoice, billTo);
        detail["pdf_url"] = invoice.Status == "draft" ? string.Empty : $"/invoices/pdf/{invoice.Number}.pdf";
        detail["efactura_sent"] = invoice.Status is not "draft";
        detail["meta"] = new { };
        return detail;
    }

    /// <summary>ProformaItem: <c>{id, number, status, total_cents, currency, valid_until, created_at, is_expired}</c> (no notes).</summary>
    public static Dictionary<string, object?> ProformaItem(DemoInvoice proforma, DateTimeOffset now) => new()
    {
        ["id"] = proforma.Id,
        ["number"] = proforma.Number,
        ["status"] = proforma.Status,
        ["total_cents"] = proforma.TotalCents,
        ["currency"] = Currency(proforma.Currency),
        ["valid_until"] = PlatformDates.Local(proforma.ValidUntil),
        ["created_at"] = PlatformDates.Local(proforma.CreatedAt),
        ["is_expired"] = proforma.IsExpired(now),
    };

    /// <summary>A proforma has no issued_at, due_at, paid_at, is_overdue or amount_due.</summary>
    public static Dictionary<string, object?> Proforma(DemoInvoice proforma, DemoBillTo billTo, DateTimeOffset now)
    {
        var detail = new Dictionary<string, object?>
        {
            ["id"] = proforma.Id,
            ["number"] = proforma.Number,
            ["status"] = proforma.Status,
            ["subtotal_cents"] = proforma.SubtotalCents,
            ["tax_cents"] = proforma.TaxCents,
            ["total_cents"] = proforma.TotalCents,
            ["currency"] = Currency(proforma.Currency),
            ["valid_until"] = PlatformDates.Local(proforma.ValidUntil),
            ["created_at"] = PlatformDates.Local(proforma.CreatedAt),
        };
        AddDocumentFields(detail, proforma, billTo);
        detail["is_expired"] = proforma.IsExpired(now);
        detail["pdf_url"] = proforma.Status == "draft" ? string.Empty : $"/proformas/pdf/{proforma.Number}.pdf";
        detail["notes"] = proforma.Notes ?? string.Empty;
        detail["meta"] = new { };
        return detail;
    }

    public static string Units(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static void AddDocumentFields(Dictionary<string, object?> detail, DemoInvoice document, DemoBillTo billTo)
    {
        detail["lines"] = document.Lines.Select(line => new
        {
            description = line.Description,
            kind = line.Kind,
            quantity = line.Quantity.ToString("0.000", CultureInfo.InvariantCulture),
            unit_price_cents = line.UnitPriceCents,
            tax_rate = (line.TaxRatePercent / 100m).ToString("0.0000", CultureInfo.InvariantCulture),
            line_total_cents = line.LineTotalCents,
            unit_price = Units(line.UnitPriceCents),
            line_total = Units(line.LineTotalCents),
            domain_name = line.DomainName,
            period_start = PlatformDates.Date(line.PeriodStart),
            period_end = PlatformDates.Date(line.PeriodEnd),
            unit_code = "C62",
            seller_item_id = string.Empty,
            note = string.Empty,
        }).ToList();
        detail["subtotal"] = Units(document.SubtotalCents);
        detail["tax_amount"] = Units(document.TaxCents);
        detail["total"] = Units(document.TotalCents);
        detail["bill_to"] = new
        {
            name = billTo.CompanyName,
            tax_id = billTo.TaxId,
            email = billTo.Email,
            address = string.Join(", ", billTo.AddressLine, billTo.City, $"{billTo.State} {billTo.PostalCode}", billTo.Country),
        };
    }
}
