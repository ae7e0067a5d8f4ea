using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>A proforma as a list shows it.</summary>
public sealed record ProformaSummary
{
    public ProformaSummary(
        ProformaNumber number,
        ProformaStatus status,
        Money total,
        DateOnly? validUntil,
        DateTimeOffset? createdAt,
        bool isExpired)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(total);
        Number = number;
        Status = status;
        Total = total;
        ValidUntil = validUntil;
        CreatedAt = createdAt;
        IsExpired = isExpired;
    }

    public ProformaNumber Number { get; }

    public ProformaStatus Status { get; }

    /// <summary>The Platform's status code as it came, shown as it is when <see cref="Status"/> is unknown.</summary>
    public string? StatusCode { get; init; }

    /// <summary>The amount quoted, tax included; its currency is the proforma's currency.</summary>
    public Money Total { get; }

    /// <summary>The last day the offer holds; null when it does not expire.</summary>
    public DateOnly? ValidUntil { get; }

    /// <summary>When the proforma was made; null when the Platform's time could not be read. The Platform orders the lists by it, not Portal.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The Platform's verdict, not recomputed here: only the Platform's clock decides.</summary>
    public bool IsExpired { get; }
}
