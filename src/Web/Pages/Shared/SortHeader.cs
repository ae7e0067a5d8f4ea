using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Portal.Web.Pages.Shared;

/// <summary>
/// <c>&lt;th&gt;</c> with a link that sorts by its column; <c>class</c> and <c>aria-sort</c> are left out when null, as
/// Razor leaves out an attribute whose only value is null.
/// </summary>
internal sealed class SortHeader(ISortableList list, string column, string label, string? cssClass) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        var sorted = list.AriaSort(column);
        writer.Write("<th scope=\"col\"");
        Attribute(writer, encoder, "class", cssClass);
        Attribute(writer, encoder, "aria-sort", sorted);
        writer.Write("><a class=\"sort-link\" href=\"");
        var pages = list.SortedBy(column);
        pages.WriteUrl(writer, encoder, pages.Number);
        writer.Write("\">");
        encoder.Encode(writer, label);
        writer.Write("<span aria-hidden=\"true\" class=\"sort-mark\">");
        encoder.Encode(writer, sorted switch { "ascending" => " ▲", "descending" => " ▼", _ => " ↕" });
        writer.Write("</span></a></th>\n");
    }

    private static void Attribute(TextWriter writer, HtmlEncoder encoder, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        encoder.Encode(writer, value);
        writer.Write('"');
    }
}
