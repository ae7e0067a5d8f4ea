using Portal.Domain.Claims;
using Portal.Domain.Common;

namespace Portal.Domain.UnitTests.Claims;

public sealed class ClaimTests
{
    [Fact]
    public void A_line_bills_no_negative_units() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimLine("99213", "Office visit", -1, PracticeMoney.FromCents(100)));

    [Fact]
    public void A_line_may_bill_units_the_backend_could_not_say() =>
        Assert.Null(new ClaimLine("99213", "Office visit", null, PracticeMoney.FromCents(100)).Units);

    [Fact]
    public void A_line_charge_must_be_dollars() =>
        Assert.Throws<ArgumentException>(() => new ClaimLine("99213", "Office visit", 1, new Money(100, "EUR")));

    [Fact]
    public void A_summary_amount_must_be_dollars() =>
        Assert.Throws<ArgumentException>(() => new ClaimSummary(
            new ClaimId("clm-1"), "CLM-0001", ClaimStatus.Paid, new DateOnly(2025, 3, 1),
            PracticeMoney.FromCents(10_000), new Money(100, "EUR"), "Acme Health"));

    [Fact]
    public void A_reversal_keeps_its_negative_amounts()
    {
        var summary = new ClaimSummary(
            new ClaimId("clm-1"), "CLM-0001", ClaimStatus.Paid, new DateOnly(2025, 3, 1),
            PracticeMoney.FromCents(-2_000), PracticeMoney.FromCents(-1), "Acme Health");
        var line = new ClaimLine("99213", "Office visit, reversed", 1, PracticeMoney.FromCents(-2_000));

        Assert.Equal((-2_000L, -1L, -2_000L), (summary.TotalCharge.Cents, summary.PaidAmount.Cents, line.Charge.Cents));
    }

    [Fact]
    public void A_claim_keeps_its_summary_and_lines()
    {
        var summary = new ClaimSummary(
            new ClaimId("clm-1"), "CLM-0001", ClaimStatus.Pending, new DateOnly(2025, 3, 1),
            PracticeMoney.FromCents(10_000), PracticeMoney.FromCents(0), "Acme Health");
        var line = new ClaimLine("99213", "Office visit", 2, PracticeMoney.FromCents(5_000));

        var claim = new Claim(summary, [line]);

        Assert.Same(summary, claim.Summary);
        Assert.Equal([line], claim.Lines);
    }
}
