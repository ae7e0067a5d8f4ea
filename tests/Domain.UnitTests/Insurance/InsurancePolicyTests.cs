using Portal.Domain.Common;
using Portal.Domain.Insurance;

namespace Portal.Domain.UnitTests.Insurance;

public sealed class InsurancePolicyTests
{
    private static InsurancePolicy Policy(int coverageOrder = 1, DateOnly? terminationDate = null, long copayCents = 2_500) => new(
        coverageOrder,
        "Acme Health",
        "PPO",
        "POL-1",
        "GRP-1",
        "Ada Lovelace",
        "self",
        new DateOnly(2024, 1, 1),
        terminationDate,
        PracticeMoney.FromCents(copayCents),
        PracticeMoney.FromCents(100_000),
        VerificationStatus.Verified);

    [Fact]
    public void Coverage_order_starts_at_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy(coverageOrder: 0));

    [Fact]
    public void A_policy_cannot_end_before_it_takes_effect() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy(terminationDate: new DateOnly(2023, 12, 31)));

    [Fact]
    public void A_policy_may_end_the_day_it_takes_effect() =>
        Assert.Equal(new DateOnly(2024, 1, 1), Policy(terminationDate: new DateOnly(2024, 1, 1)).TerminationDate);

    [Fact]
    public void A_negative_copay_is_refused() =>
        Assert.Throws<ArgumentException>(() => Policy(copayCents: -1));
}
