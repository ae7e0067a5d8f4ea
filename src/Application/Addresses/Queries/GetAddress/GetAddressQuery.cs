using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Addresses;

namespace Portal.Application.Addresses.Queries.GetAddress;

/// <summary>One current address of the tenant, for its edit and delete pages; a missing or deleted one is not found.</summary>
public sealed record GetAddressQuery(AccessContext Access, long AddressId) : IRequest<CompanyAddress>, ITenantScopedRequest;
