using Portal.Domain.Common;

namespace Portal.Domain.UnitTests.Common;

public sealed class PracticeMoneyTests
{
    [Fact]
    public void Practice_amounts_are_us_dollars() =>
        Assert.Equal(new Money(12_345, "USD"), PracticeMoney.FromCents(12_345));

    [Fact]
    public void A_non_negative_dollar_amount_is_accepted() =>
        Assert.Equal(0, PracticeMoney.RequireNonNegative(PracticeMoney.FromCents(0), "copay").Cents);

    [Theory]
    [InlineData(-1, "USD")]
    [InlineData(100, "EUR")]
    public void Negative_or_foreign_amounts_are_refused(long cents, string currency) =>
        Assert.Throws<ArgumentException>(() => PracticeMoney.RequireNonNegative(new Money(cents, currency), "copay"));

    [Fact]
    public void A_negative_dollar_amount_is_dollars() =>
        Assert.Equal(-1, PracticeMoney.RequireDollars(PracticeMoney.FromCents(-1), "charge").Cents);

    [Fact]
    public void A_foreign_amount_is_no_dollars() =>
        Assert.Throws<ArgumentException>(() => PracticeMoney.RequireDollars(new Money(100, "EUR"), "charge"));
}
