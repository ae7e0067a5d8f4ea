namespace Portal.Domain.Insurance;

/// <summary>Whether the practice has confirmed an insurance policy with its insurer.</summary>
public enum VerificationStatus
{
    Unknown = 0,
    Pending,
    Verified,
    Expired,
}
