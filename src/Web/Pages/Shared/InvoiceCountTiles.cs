using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Portal.Domain.Billing;
using Portal.Web.Formatting;

namespace Portal.Web.Pages.Shared;

/// <summary>
/// The issued and overdue invoice counts of the dashboard's billing card and of the billing summary, each linked to the
/// list that shows it. The Platform counts by stored status: an issued invoice past its due date counts as issued until
/// the Platform marks it overdue, so while it counts none overdue the issued ones are "issued or overdue", and an overdue
/// count it did not give is shown as unknown beside the issued one. Written by C#, one line per count with the page's
/// indentation, in the bytes the pages wrote inline.
/// </summary>
internal sealed class InvoiceCountTiles : IHtmlContent
{
    private readonly string tenantId;
    private readonly BillingSummary summary;
    private readonly string indent;
    private readonly string labelEnd;
    private readonly bool overdueFirst;

    private InvoiceCountTiles(string tenantId, BillingSummary summary, string indent, string labelEnd, bool overdueFirst)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(summary);
        this.tenantId = tenantId;
        this.summary = summary;
        this.indent = indent;
        this.labelEnd = labelEnd;
        this.overdueFirst = overdueFirst;
    }

    /// <summary>The dashboard's card, among other cards' figures: what needs action first, each label naming invoices.</summary>
    public static IHtmlContent OnDashboard(string tenantId, BillingSummary summary) =>
        new InvoiceCountTiles(tenantId, summary, "                        ", " invoices", overdueFirst: true);

    /// <summary>The billing summary's tiles, under the billing heading: in the order an invoice goes through.</summary>
    public static IHtmlContent OnBillingSummary(string tenantId, BillingSummary summary) =>
        new InvoiceCountTiles(tenantId, summary, "        ", string.Empty, overdueFirst: false);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        if (summary.OverdueInvoices is 0)
        {
            WriteTile(writer, encoder, cssClass: null, "issued", "Issued or overdue", summary.IssuedInvoices);
            return;
        }

        if (overdueFirst)
        {
            WriteOverdue(writer, encoder);
            WriteIssued(writer, encoder);
        }
        else
        {
            WriteIssued(writer, encoder);
            WriteOverdue(writer, encoder);
        }
    }

    private void WriteIssued(TextWriter writer, HtmlEncoder encoder) =>
        WriteTile(writer, encoder, cssClass: null, "issued", "Issued", summary.IssuedInvoices);

    private void WriteOverdue(TextWriter writer, HtmlEncoder encoder) =>
        WriteTile(writer, encoder, summary.OverdueInvoices > 0 ? "status-overdue" : null, "overdue", "Overdue", summary.OverdueInvoices);

    /// <summary>One count; <c>class</c> is left out when null, as Razor leaves out an attribute whose only value is null.</summary>
    private void WriteTile(TextWriter writer, HtmlEncoder encoder, string? cssClass, string status, string label, int? count)
    {
        writer.Write(indent);
        writer.Write("<div");
        if (cssClass is not null)
        {
            writer.Write(" class=\"");
            encoder.Encode(writer, cssClass);
            writer.Write('"');
        }

        writer.Write("><dt><a href=\"/t/");
        encoder.Encode(writer, tenantId);
        writer.Write("/billing/invoices?status=");
        writer.Write(status);
        writer.Write("\">");
        encoder.Encode(writer, label);
        encoder.Encode(writer, labelEnd);
        writer.Write("</a></dt><dd>");
        encoder.Encode(writer, Display.Number(count));
        writer.Write("</dd></div>\n");
    }
}
