namespace Portal.Domain.Claims;

/// <summary>Where an insurance claim stands with its payer.</summary>
public enum ClaimStatus
{
    Unknown = 0,
    Draft,
    Submitted,
    Pending,
    Approved,
    Denied,
    Paid,
}
