using System.Globalization;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Pdf;

/// <summary>Lays an invoice or proforma out on an A4 page: seller, customer, lines, totals.</summary>
internal static class InvoicePdfRenderer
{
    private const double Left = 50;
    private const double LineHeight = 16;

    public static byte[] Render(DemoInvoice invoice, DemoBillTo billTo)
    {
        var kind = invoice.ValidUntil is null ? "INVOICE" : "PROFORMA INVOICE";
        var lines = new List<PdfTextLine>
        {
            new(Left, 790, 20, kind, Bold: true),
            new(Left, 768, 11, $"Number: {invoice.Number}"),
            new(Left, 752, 11, $"Date: {Date(invoice.IssuedAt ?? invoice.CreatedAt)}"),
            new(Left, 736, 11, invoice.ValidUntil is { } validUntil ? $"Valid until: {Date(validUntil)}" : $"Due: {Date(invoice.DueAt)}"),
            new(Left, 720, 11, $"Status: {invoice.Status}"),
            new(350, 790, 12, "Demo Platform Hosting B.V.", Bold: true),
            new(350, 774, 10, "Keizersgracht 100, 1015 CV Amsterdam, NL"),
            new(350, 760, 10, "VAT NL000000000B01"),
            new(Left, 690, 12, "Bill to", Bold: true),
            new(Left, 674, 11, billTo.CompanyName),
            new(Left, 660, 11, billTo.AddressLine),
            new(Left, 646, 11, $"{billTo.City}, {billTo.State} {billTo.PostalCode}, {billTo.Country}"),
            new(Left, 632, 11, billTo.TaxId),
            new(Left, 600, 10, "Description", Bold: true),
            new(330, 600, 10, "Qty", Bold: true),
            new(370, 600, 10, "Unit price", Bold: true),
            new(440, 600, 10, "VAT", Bold: true),
            new(490, 600, 10, "Amount", Bold: true),
        };

        var y = 600 - LineHeight;
        foreach (var line in invoice.Lines)
        {
            lines.Add(new PdfTextLine(Left, y, 10, line.Description.Length > 52 ? line.Description[..50] + "..." : line.Description));
            lines.Add(new PdfTextLine(330, y, 10, line.Quantity.ToString(CultureInfo.InvariantCulture)));
            lines.Add(new PdfTextLine(370, y, 10, Amount(line.UnitPriceCents, invoice.Currency)));
            lines.Add(new PdfTextLine(440, y, 10, line.TaxRatePercent.ToString(CultureInfo.InvariantCulture) + "%"));
            lines.Add(new PdfTextLine(490, y, 10, Amount(line.LineTotalCents, invoice.Currency)));
            y -= LineHeight;
        }

        y -= LineHeight;
        lines.Add(new PdfTextLine(370, y, 11, "Subtotal"));
        lines.Add(new PdfTextLine(490, y, 11, Amount(invoice.SubtotalCents, invoice.Currency)));
        lines.Add(new PdfTextLine(370, y - LineHeight, 11, "VAT"));
        lines.Add(new PdfTextLine(490, y - LineHeight, 11, Amount(invoice.TaxCents, invoice.Currency)));
        lines.Add(new PdfTextLine(370, y - (2 * LineHeight), 12, "Total", Bold: true));
        lines.Add(new PdfTextLine(490, y - (2 * LineHeight), 12, Amount(invoice.TotalCents, invoice.Currency), Bold: true));
        if (invoice.Notes is { Length: > 0 } notes)
        {
            lines.Add(new PdfTextLine(Left, y - (4 * LineHeight), 10, notes.Length > 95 ? notes[..92] + "..." : notes));
        }

        lines.Add(new PdfTextLine(Left, 60, 9, "Please pay by bank transfer quoting the invoice number. Demo data: no payment is due."));
        return MinimalPdfWriter.Write($"{kind} {invoice.Number}", lines);
    }

    private static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(long cents, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{currency} {cents / 100m:N2}");
}
