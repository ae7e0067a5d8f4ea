using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Common;
using Portal.Domain.Patients;

namespace Portal.Application.Patients.Queries.ListPatients;

/// <summary>One page of a tenant's patients, optionally narrowed by a search text.</summary>
public sealed record ListPatientsQuery(AccessContext Access, string? Search, int Page, int PageSize)
    : IRequest<Page<Patient>>, ITenantScopedRequest
{
    public const int MaxSearchLength = 100;

    /// <summary>The search text may be a patient's name, which stays out of logs.</summary>
    public override string ToString() => $"ListPatientsQuery({Access}, Page = {Page}, PageSize = {PageSize})";
}
