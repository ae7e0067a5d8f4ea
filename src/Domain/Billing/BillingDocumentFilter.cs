using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>
/// Which billing documents to list: one type or both (<see cref="Type"/> null), one status code (the Platform matches it
/// exactly, so a status the type does not have matches nothing of that type), and a search text; null criteria do not
/// filter.
/// </summary>
public sealed record BillingDocumentFilter
{
    /// <summary>The longest search text the Platform accepts.</summary>
    public const int MaxSearchLength = 200;

    public BillingDocumentFilter(BillingDocumentType? type, string? status, string? search)
    {
        if (type is { } known && !Enum.IsDefined(known))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Only an invoice or a proforma is a billing document type.");
        }

        if (status is not null && !Identifier.IsValid(status))
        {
            throw new ArgumentException($"A status is 1 to {Identifier.MaxLength} letters, digits, '-' or '_'.", nameof(status));
        }

        if (search is not null && (string.IsNullOrWhiteSpace(search) || search.Length > MaxSearchLength))
        {
            throw new ArgumentException($"A search is absent or 1 to {MaxSearchLength} characters, not blank.", nameof(search));
        }

        Type = type;
        Status = status;
        Search = search;
    }

    public BillingDocumentType? Type { get; }

    /// <summary>The Platform's status code ("paid", "sent").</summary>
    public string? Status { get; }

    public string? Search { get; }

    public static BillingDocumentFilter All { get; } = new(null, null, null);
}
