namespace Portal.Domain.Claims;

/// <summary>A claim with its billed lines.</summary>
public sealed record Claim
{
    public Claim(ClaimSummary summary, IReadOnlyList<ClaimLine> lines)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(lines);
        Summary = summary;
        Lines = lines;
    }

    /// <summary>The fields a claim list shows: id, number, status, service date, amounts and payer.</summary>
    public ClaimSummary Summary { get; }

    public IReadOnlyList<ClaimLine> Lines { get; }
}
