using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Portal.Web.Formatting;

namespace Portal.Web.Pages.Shared;

/// <summary>
/// A list's drop-down filter, laid out as the <c>_Filter</c> partial wrote it: its codes shown as words, the chosen one
/// selected, and a refused value's message beside it (the validator names the codes; the reader chose from words, so the
/// message speaks of the list), or the page's own <paramref name="refusal"/> where it knows better why the value was refused.
/// </summary>
internal sealed class FilterSelect(
    FormPageModel page, string name, string field, string label, IReadOnlyList<string> codes, string? value, string? refusal)
    : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        var invalid = page.HasErrors(field);
        writer.Write("<div class=\"filter\">\n    <label for=\"");
        encoder.Encode(writer, name);
        writer.Write("\">");
        encoder.Encode(writer, label);
        writer.Write("</label>\n    <select id=\"");
        encoder.Encode(writer, name);
        writer.Write("\" name=\"");
        encoder.Encode(writer, name);
        writer.Write('"');
        if (invalid)
        {
            writer.Write(" aria-describedby=\"");
            encoder.Encode(writer, name);
            writer.Write("-error\" aria-invalid=\"true\"");
        }

        writer.Write(">\n        <option value=\"\">All</option>\n");
        var chosen = value?.Trim();
        foreach (var code in codes)
        {
            writer.Write("            <option value=\"");
            encoder.Encode(writer, code);
            writer.Write(string.Equals(code, chosen, StringComparison.OrdinalIgnoreCase) ? "\" selected=\"selected\">" : "\">");
            encoder.Encode(writer, Display.Words(code));
            writer.Write("</option>\n");
        }

        writer.Write("    </select>\n");
        if (invalid)
        {
            writer.Write("        <p class=\"field-error\" id=\"");
            encoder.Encode(writer, name);
            writer.Write("-error\">");
            encoder.Encode(writer, refusal ?? "That " + label.ToLowerInvariant() + " is not one Portal knows. Choose one from the list.");
            writer.Write("</p>\n");
        }

        writer.Write("</div>\n");
    }
}
