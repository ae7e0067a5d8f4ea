using System.Globalization;
using System.Text;

namespace Portal.Web.Formatting;

/// <summary>
/// A CSV download (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents). A field that a spreadsheet
/// would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe, since backend text
/// lands in it; a plain number (<c>-12.00</c>, a credit) is no formula and stays a number.
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows)
        {
            AppendRow(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            var safe = field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(field) ? "'" + field : field;
            text.Append('"').Append(safe.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        text.Append("\r\n");
    }

    private static bool IsPlainNumber(string field) =>
        decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
