using MediatR;
using Portal.Application.Addresses.Ports;
using Portal.Domain.Addresses;

namespace Portal.Application.Addresses.Queries.ListAddresses;

internal sealed class ListAddressesQueryHandler(IAddressBook addresses) : IRequestHandler<ListAddressesQuery, IReadOnlyList<CompanyAddress>>
{
    public Task<IReadOnlyList<CompanyAddress>> Handle(ListAddressesQuery request, CancellationToken cancellationToken) =>
        addresses.ListAsync(request.Access.ToScope(), cancellationToken);
}
