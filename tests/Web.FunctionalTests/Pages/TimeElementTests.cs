using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Portal.Web.Formatting;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// A date's element is written digit by digit for most cultures (<see cref="DateDigits"/>): in every culture the runtime
/// knows, it says exactly what the framework's own formatting of <see cref="Display.IsoDateFormat"/> and
/// <see cref="Display.DateFormat"/> says.
/// </summary>
public sealed class TimeElementTests
{
    private static readonly HtmlEncoder PortalEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly DateOnly[] Dates =
    [
        .. Enumerable.Range(1, 12).Select(month => new DateOnly(2026, month, month + 9)),
        new DateOnly(1, 1, 1),
        new DateOnly(987, 2, 3),
        new DateOnly(1980, 5, 17),
        new DateOnly(2024, 2, 29),
        new DateOnly(9999, 12, 31),
    ];

    [Fact]
    public void A_date_reads_as_the_framework_formats_it_in_every_culture()
    {
        var original = CultureInfo.CurrentCulture;
        var cultures = CultureInfo.GetCultures(CultureTypes.AllCultures);
        var different = new List<string>();
        try
        {
            foreach (var culture in cultures)
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture.Name);
                foreach (var date in Dates)
                {
                    var expected = Expected(date);
                    using var written = new StringWriter();
                    try
                    {
                        TimeElement.WriteDate(written, PortalEncoder, date);
                    }
                    catch (ArgumentOutOfRangeException) when (expected is null)
                    {
                        // The culture's calendar does not reach this date: the framework refuses it too.
                        continue;
                    }

                    if (written.ToString() != expected)
                    {
                        different.Add($"{culture.Name} {date:O}: {written} instead of {expected ?? "the framework's refusal"}");
                    }
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.True(cultures.Length > 100, "ICU's cultures are there");
        Assert.Empty(different);
    }

    /// <summary>The element as the framework formats it, or null when the culture's calendar does not reach the date.</summary>
    private static string? Expected(DateOnly date)
    {
        try
        {
            return "<time datetime=\"" + date.ToString(Display.IsoDateFormat, CultureInfo.InvariantCulture) + "\" data-local=\"date\">"
                + PortalEncoder.Encode(date.ToString(Display.DateFormat, CultureInfo.CurrentCulture)) + "</time>";
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
