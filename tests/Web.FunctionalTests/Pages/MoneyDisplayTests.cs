using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Portal.Domain.Common;
using Portal.Web.Formatting;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>An amount whose currency the backend did not state reads as such, never as "XXX" or an assumption about it.</summary>
public sealed class MoneyDisplayTests
{
    [Fact]
    public void An_amount_in_no_stated_currency_says_so_and_no_sum_of_it_assumes_a_currency()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            var unstated = new Money(149_382, Money.NoCurrency);

            Assert.Equal("1,493.82 (currency not stated)", Display.Money(unstated));
            Assert.Equal("1,493.82 (currency not stated)", Render(Display.MoneyAssumingOneCurrency(unstated, confirmed: false)));
            Assert.Equal(
                "EUR\u00A01,493.82<span class=\"qualifier\"> (if all are priced in EUR)</span>",
                Render(Display.MoneyAssumingOneCurrency(new Money(149_382, "EUR"), confirmed: false)));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return WebUtility.HtmlDecode(writer.ToString());
    }
}
