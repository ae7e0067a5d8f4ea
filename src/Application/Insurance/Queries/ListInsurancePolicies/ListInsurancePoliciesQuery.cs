using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Insurance;

namespace Portal.Application.Insurance.Queries.ListInsurancePolicies;

/// <summary>A patient's insurance policies, primary first.</summary>
public sealed record ListInsurancePoliciesQuery(AccessContext Access, string PatientId)
    : IRequest<IReadOnlyList<InsurancePolicy>>, ITenantScopedRequest;
