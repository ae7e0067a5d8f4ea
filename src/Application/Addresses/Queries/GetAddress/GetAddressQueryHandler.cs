using MediatR;
using Portal.Application.Addresses.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Addresses;

namespace Portal.Application.Addresses.Queries.GetAddress;

/// <summary>The Platform has no read of one address: it is picked out of the list.</summary>
internal sealed class GetAddressQueryHandler(IAddressBook addresses) : IRequestHandler<GetAddressQuery, CompanyAddress>
{
    public async Task<CompanyAddress> Handle(GetAddressQuery request, CancellationToken cancellationToken)
    {
        var all = await addresses.ListAsync(request.Access.ToScope(), cancellationToken);
        return all.FirstOrDefault(address => address.Id == request.AddressId) ?? throw new NotFoundException("address");
    }
}
