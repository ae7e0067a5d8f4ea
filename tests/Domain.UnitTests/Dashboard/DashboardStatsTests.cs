using Portal.Domain.Common;
using Portal.Domain.Dashboard;

namespace Portal.Domain.UnitTests.Dashboard;

public sealed class DashboardStatsTests
{
    [Fact]
    public void Counts_cannot_be_negative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PatientCounts(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimCounts(0, 0, 0, -1, PracticeMoney.FromCents(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EncounterCounts(0, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InsuranceCounts(0, 0, -1));
    }

    [Fact]
    public void The_claims_total_is_a_dollar_amount() =>
        Assert.Throws<ArgumentException>(() => new ClaimCounts(1, 0, 1, 0, new Money(100, "EUR")));

    [Fact]
    public void A_claims_total_the_backend_could_not_state_is_unknown_not_zero() =>
        Assert.Null(new ClaimCounts(1, 0, 1, 0, null).TotalAmount);

    [Fact]
    public void An_alert_needs_a_title() =>
        Assert.Throws<ArgumentException>(() => new Alert("a-1", AlertSeverity.Warning, " ", "message", DateTimeOffset.UnixEpoch));
}
