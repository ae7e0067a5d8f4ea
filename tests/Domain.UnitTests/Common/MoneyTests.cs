using Portal.Domain.Common;

namespace Portal.Domain.UnitTests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(2999L, "RON", 2, "29.99 RON")]
    [InlineData(1200L, "JPY", 0, "1200 JPY")]
    [InlineData(12_345L, "KWD", 3, "12.345 KWD")]
    public void An_amount_is_its_minor_units_over_the_currencys_digits(long minor, string currency, int decimals, string text)
    {
        var money = new Money(minor, currency, decimals);

        Assert.Equal(text, money.ToString());
        Assert.Equal(decimal.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), money.Units);
    }

    [Fact]
    public void Two_digits_are_the_default() => Assert.Equal(2, new Money(100, "EUR").Decimals);

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Digits_are_0_to_4(int decimals) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(1, "EUR", decimals));
}
