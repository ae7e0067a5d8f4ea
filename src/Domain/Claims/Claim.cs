using Portal.Domain.Tenants;

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

    /// <summary>
    /// The tenant the service says the claim is of; null when it names none, and then nothing but the patient's claim
    /// list vouches for the claim being the asked tenant's.
    /// </summary>
    public TenantId? Tenant { get; init; }
}
