namespace Portal.Demo.Backend.Data;

/// <summary>An insurance policy of a patient; amounts in US cents.</summary>
internal sealed record DemoPolicy(
    string PatientId,
    int CoverageOrder,
    string InsuranceCompany,
    string PlanType,
    string PolicyNumber,
    string GroupNumber,
    string SubscriberName,
    string SubscriberRelationship,
    DateOnly EffectiveDate,
    DateOnly? TerminationDate,
    long CopayCents,
    long DeductibleCents,
    string VerificationStatus);
