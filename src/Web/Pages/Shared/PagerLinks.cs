using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Portal.Web.Pages.Shared;

/// <summary>The pager of a list of more than one page, laid out as the <c>_Pager</c> partial wrote it.</summary>
internal sealed class PagerLinks(Pager pager) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        writer.Write("    <nav class=\"pager\" aria-label=\"");
        encoder.Encode(writer, pager.Label);
        writer.Write("\">\n");
        if (pager.Number > 1)
        {
            writer.Write("            <a href=\"");
            pager.WriteUrl(writer, encoder, pager.Number - 1);
            writer.Write("\" rel=\"prev\">Previous</a>\n");
        }

        writer.Write("        <span>Page ");
        encoder.Encode(writer, pager.Number.ToString(CultureInfo.CurrentCulture));
        if (!pager.PagesUnknown)
        {
            writer.Write(" of ");
            encoder.Encode(writer, pager.TotalPages.ToString(CultureInfo.CurrentCulture));
        }

        writer.Write("</span>\n");
        if (pager.Number < pager.TotalPages)
        {
            writer.Write("            <a href=\"");
            pager.WriteUrl(writer, encoder, pager.Number + 1);
            writer.Write("\" rel=\"next\">Next</a>\n");
        }

        writer.Write("    </nav>\n");
    }
}
