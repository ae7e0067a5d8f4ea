using Portal.Web.Pages;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// A page number as every list reads it from its query, without the HTTP round trip (<see cref="ListQueryTests"/> sends
/// some of these through a list): a whole number as such, below 1 or no whole number the first page, too large for a
/// page number the largest.
/// </summary>
public sealed class PageNumberTextTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("2", 2)]
    [InlineData(" 2 ", 2)]
    [InlineData("\t2\n", 2)]
    [InlineData("+4", 4)]
    [InlineData("0004", 4)]
    [InlineData("0", 1)]
    [InlineData("-0", 1)]
    [InlineData("-3", 1)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("2147483648", int.MaxValue)]
    [InlineData("99999999999", int.MaxValue)]
    [InlineData("+99999999999", int.MaxValue)]
    [InlineData(" 99999999999 ", int.MaxValue)]
    [InlineData("99999999999 \0", int.MaxValue)]
    [InlineData("123456789012345678901234567890", int.MaxValue)]
    [InlineData("-2147483649", 1)]
    [InlineData("-99999999999", 1)]
    [InlineData("two", 1)]
    [InlineData("2.5", 1)]
    [InlineData("1e20", 1)]
    [InlineData("+", 1)]
    [InlineData("++4", 1)]
    [InlineData("+ 99999999999", 1)]
    [InlineData("99999999999x", 1)]
    [InlineData("99,999,999,999", 1)]
    [InlineData("\u00A099999999999", 1)]
    [InlineData("\uFF12", 1)]
    [InlineData("\uFF19\uFF19\uFF19\uFF19\uFF19\uFF19\uFF19\uFF19\uFF19\uFF19\uFF19", 1)]
    [InlineData("\u0662", 1)]
    [InlineData("\u0669\u0669\u0669\u0669\u0669\u0669\u0669\u0669\u0669\u0669\u0669", 1)]
    public void A_page_number_is_read_as_every_list_reads_it(string? text, int page)
    {
        Assert.Equal(page, PageNumberText.Read(text));
    }

    [Fact]
    public void A_page_number_as_long_as_an_address_can_carry_is_read_without_allocating()
    {
        var tooLarge = new string('9', 8_000);
        var negative = "-" + tooLarge;
        PageNumberText.Read(tooLarge);
        PageNumberText.Read(negative);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var pages = (PageNumberText.Read(tooLarge), PageNumberText.Read(negative));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((int.MaxValue, 1, 0L), (pages.Item1, pages.Item2, allocated));
    }
}
