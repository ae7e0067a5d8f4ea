using Portal.Domain.Common;

namespace Portal.Domain.Claims;

/// <summary>
/// A claim as listed for a patient. Amounts are US dollars (<see cref="PracticeMoney"/>), and may be negative: a reversal or
/// a recoupment is a real amount, shown as it is.
/// </summary>
public sealed record ClaimSummary
{
    public ClaimSummary(
        ClaimId id,
        string claimNumber,
        ClaimStatus status,
        DateOnly? serviceDate,
        Money totalCharge,
        Money paidAmount,
        string payer)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimNumber);
        ArgumentNullException.ThrowIfNull(payer);
        Id = id;
        ClaimNumber = claimNumber;
        Status = status;
        ServiceDate = serviceDate;
        TotalCharge = PracticeMoney.RequireDollars(totalCharge, nameof(totalCharge));
        PaidAmount = PracticeMoney.RequireDollars(paidAmount, nameof(paidAmount));
        Payer = payer;
    }

    public ClaimId Id { get; }

    /// <summary>The number the practice and the payer know the claim by.</summary>
    public string ClaimNumber { get; }

    public ClaimStatus Status { get; }

    /// <summary>The day the billed care was given; null when the practice's service did not say.</summary>
    public DateOnly? ServiceDate { get; }

    public Money TotalCharge { get; }

    public Money PaidAmount { get; }

    /// <summary>The insurer billed; empty when unknown.</summary>
    public string Payer { get; }

    /// <summary>The status as the service spelt it, to show a <see cref="ClaimStatus.Unknown"/> one as it came.</summary>
    public string? StatusCode { get; init; }
}
