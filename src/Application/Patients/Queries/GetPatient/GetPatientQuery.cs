using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Patients;

namespace Portal.Application.Patients.Queries.GetPatient;

/// <summary>One patient of a tenant; fails with NotFoundException when the tenant has no such patient.</summary>
public sealed record GetPatientQuery(AccessContext Access, string PatientId) : IRequest<Patient>, ITenantScopedRequest;
