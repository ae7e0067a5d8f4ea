namespace Portal.Demo.Backend.Data;

/// <summary>An insurance claim of a patient; amounts in US cents.</summary>
internal sealed record DemoClaim(
    string Id,
    string TenantId,
    string PatientId,
    string ClaimNumber,
    string Status,
    DateOnly ServiceDate,
    string Payer,
    long PaidCents,
    IReadOnlyList<DemoClaimLine> Lines)
{
    public long TotalChargeCents => Lines.Sum(line => line.ChargeCents);
}
