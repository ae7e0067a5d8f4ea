using MediatR;
using Portal.Domain.Tenants;

namespace Portal.Application.Tenants.Queries.ListTenants;

/// <summary>The tenants the signed-in user may pick from, each with the user's role in it.</summary>
public sealed record ListTenantsQuery(string Token, string UserId) : IRequest<IReadOnlyList<Tenant>>
{
    public override string ToString() => $"ListTenantsQuery(User = {UserId})";
}
