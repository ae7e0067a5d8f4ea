using Portal.Domain.Common;

namespace Portal.Domain.Dashboard;

/// <summary>Counts as the backend gave them; null where it gave none or none that can be a count.</summary>
public sealed record InsuranceCounts
{
    public InsuranceCounts(int? verified, int? pendingVerification, int? expired)
    {
        UnknownOrCount.Require(verified, nameof(verified));
        UnknownOrCount.Require(pendingVerification, nameof(pendingVerification));
        UnknownOrCount.Require(expired, nameof(expired));
        Verified = verified;
        PendingVerification = pendingVerification;
        Expired = expired;
    }

    public int? Verified { get; }

    public int? PendingVerification { get; }

    public int? Expired { get; }
}
