using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Addresses;

namespace Portal.Application.Addresses.Queries.ListAddresses;

/// <summary>The tenant's current addresses, primary and billing first. Any member may read them.</summary>
public sealed record ListAddressesQuery(AccessContext Access) : IRequest<IReadOnlyList<CompanyAddress>>, ITenantScopedRequest;
