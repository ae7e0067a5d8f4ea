using Portal.Adapters.Nats.Contracts.Insurance;
using Portal.Domain.Insurance;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

internal static class InsuranceMapper
{
    /// <summary>
    /// In coverage order, primary first, whatever order the service sent. Another tenant's answer is malformed and a
    /// policy of another tenant left out (<see cref="TenantGate"/>).
    /// </summary>
    public static IReadOnlyList<InsurancePolicy> ToPolicies(InsuranceListAnswer answer, TenantId tenantId)
    {
        TenantGate.RequireListedFor(answer.TenantId, tenantId);
        return TenantGate.OwnRows(WireValues.Require(answer.Policies, "policies"), policy => policy.TenantId, tenantId)
            .Select(ToPolicy).OrderBy(policy => policy.CoverageOrder ?? int.MaxValue).ToArray();
    }

    /// <summary>
    /// A <c>copay</c> or <c>deductible</c> that is absent, null, negative or no amount is unknown (a dash), as are a missing company, policy number or
    /// coverage order (listed last); nothing but the list itself is required. A verification status Portal does not
    /// know is kept as it came. Either date, missing or unreadable, is a dash for that policy alone, as every other HTPI
    /// date is (<see cref="WireValues.DateOrNull"/>); an end date sent but unreadable is marked as such
    /// (<see cref="InsurancePolicy.TerminationDateUnreadable"/>), so that the page does not show the policy as cover
    /// without an end. Dates that contradict each other (an end before the start) are both unknown: which of them is
    /// wrong cannot be told.
    /// </summary>
    private static InsurancePolicy ToPolicy(PolicyDto dto)
    {
        var effective = WireValues.DateOrNull(dto.EffectiveDate);
        var termination = WireValues.DateOrNull(dto.TerminationDate);
        if (termination < effective)
        {
            (effective, termination) = (null, null);
        }

        return new(
        dto.CoverageOrder >= InsurancePolicy.PrimaryCoverage ? dto.CoverageOrder : null,
        WireValues.OrEmpty(dto.InsuranceCompany),
        WireValues.OrEmpty(dto.PlanType),
        WireValues.OrEmpty(dto.PolicyNumber),
        WireValues.OrEmpty(dto.GroupNumber),
        WireValues.OrEmpty(dto.SubscriberName),
        WireValues.OrEmpty(dto.SubscriberRelationship),
        effective,
        termination,
        WireValues.FormattedDollarsOrNull(dto.Copay),
        WireValues.FormattedDollarsOrNull(dto.Deductible),
        ToVerificationStatus(dto.VerificationStatus))
        {
            VerificationStatusCode = WireValues.OrNull(dto.VerificationStatus),
            TerminationDateUnreadable = termination is null && !string.IsNullOrWhiteSpace(dto.TerminationDate),
        };
    }

    private static VerificationStatus ToVerificationStatus(string? status) => status?.Trim().ToUpperInvariant() switch
    {
        "VERIFIED" => VerificationStatus.Verified,
        "PENDING" or "PENDING_VERIFICATION" => VerificationStatus.Pending,
        "EXPIRED" => VerificationStatus.Expired,
        _ => VerificationStatus.Unknown,
    };
}
