namespace Portal.Domain.Dashboard;

public sealed record InsuranceCounts
{
    public InsuranceCounts(int verified, int pendingVerification, int expired)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(verified);
        ArgumentOutOfRangeException.ThrowIfNegative(pendingVerification);
        ArgumentOutOfRangeException.ThrowIfNegative(expired);
        Verified = verified;
        PendingVerification = pendingVerification;
        Expired = expired;
    }

    public int Verified { get; }

    public int PendingVerification { get; }

    public int Expired { get; }
}
