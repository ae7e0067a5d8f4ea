using MediatR;
using Portal.Application.Addresses.Ports;

namespace Portal.Application.Addresses.Commands.DeleteAddress;

internal sealed class DeleteAddressCommandHandler(IAddressBook addresses) : IRequestHandler<DeleteAddressCommand, Unit>
{
    public async Task<Unit> Handle(DeleteAddressCommand request, CancellationToken cancellationToken)
    {
        await addresses.DeleteAsync(request.Access.ToScope(), request.AddressId, cancellationToken);
        return Unit.Value;
    }
}
