using Portal.Domain.Claims;
using Portal.Domain.Patients;

namespace Portal.Application.Claims.Queries.GetClaim;

/// <summary>A claim, and the patient it was opened for when the claim is among that patient's; null otherwise.</summary>
public sealed record ClaimView(Claim Claim, Patient? Patient);
