using Portal.Domain.Common;

namespace Portal.Domain.Insurance;

/// <summary>One insurance policy of a patient. Amounts are US dollars (<see cref="PracticeMoney"/>).</summary>
public sealed record InsurancePolicy
{
    public const int PrimaryCoverage = 1;

    public InsurancePolicy(
        int? coverageOrder,
        string insuranceCompany,
        string planType,
        string policyNumber,
        string groupNumber,
        string subscriberName,
        string subscriberRelationship,
        DateOnly? effectiveDate,
        DateOnly? terminationDate,
        Money? copay,
        Money? deductible,
        VerificationStatus verificationStatus)
    {
        if (coverageOrder < PrimaryCoverage)
        {
            throw new ArgumentOutOfRangeException(nameof(coverageOrder), coverageOrder, "Coverage is counted from 1, the primary.");
        }

        ArgumentNullException.ThrowIfNull(insuranceCompany);
        ArgumentNullException.ThrowIfNull(planType);
        ArgumentNullException.ThrowIfNull(policyNumber);
        ArgumentNullException.ThrowIfNull(groupNumber);
        ArgumentNullException.ThrowIfNull(subscriberName);
        ArgumentNullException.ThrowIfNull(subscriberRelationship);
        if (terminationDate < effectiveDate)
        {
            throw new ArgumentOutOfRangeException(nameof(terminationDate), "A policy cannot end before it takes effect.");
        }

        CoverageOrder = coverageOrder;
        InsuranceCompany = insuranceCompany;
        PlanType = planType;
        PolicyNumber = policyNumber;
        GroupNumber = groupNumber;
        SubscriberName = subscriberName;
        SubscriberRelationship = subscriberRelationship;
        EffectiveDate = effectiveDate;
        TerminationDate = terminationDate;
        Copay = copay is null ? null : PracticeMoney.RequireNonNegative(copay, nameof(copay));
        Deductible = deductible is null ? null : PracticeMoney.RequireNonNegative(deductible, nameof(deductible));
        VerificationStatus = verificationStatus;
    }

    /// <summary>1 = primary, 2 = secondary, 3 = tertiary, and so on: the order in which the policies pay.</summary>
    public int? CoverageOrder { get; }

    public string InsuranceCompany { get; }

    /// <summary>For example "PPO" or "HMO"; empty when unknown.</summary>
    public string PlanType { get; }

    public string PolicyNumber { get; }

    /// <summary>Empty for policies without a group.</summary>
    public string GroupNumber { get; }

    /// <summary>The policy holder; empty when unknown.</summary>
    public string SubscriberName { get; }

    /// <summary>The patient's relationship to the subscriber, for example "self" or "spouse"; empty when unknown.</summary>
    public string SubscriberRelationship { get; }

    /// <summary>The day the policy takes effect; null when the practice's service did not say.</summary>
    public DateOnly? EffectiveDate { get; }

    /// <summary>Null for a policy with no end date, or when the practice's service sent one that cannot be read.</summary>
    public DateOnly? TerminationDate { get; }

    /// <summary>
    /// The service sent an end date that cannot be read (or one before the start): the policy may have ended, so the page
    /// must not show it as cover without an end.
    /// </summary>
    public bool TerminationDateUnreadable { get; init; }

    /// <summary>Null when the service does not say.</summary>
    public Money? Copay { get; }

    /// <summary>Null when the service does not say.</summary>
    public Money? Deductible { get; }

    public VerificationStatus VerificationStatus { get; }

    /// <summary>The verification status as the service spelt it, to show a <see cref="VerificationStatus.Unknown"/> one as it came.</summary>
    public string? VerificationStatusCode { get; init; }
}
