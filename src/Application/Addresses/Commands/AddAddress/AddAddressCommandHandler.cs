using MediatR;
using Portal.Application.Addresses.Ports;

namespace Portal.Application.Addresses.Commands.AddAddress;

internal sealed class AddAddressCommandHandler(IAddressBook addresses) : IRequestHandler<AddAddressCommand, Unit>
{
    public async Task<Unit> Handle(AddAddressCommand request, CancellationToken cancellationToken)
    {
        await addresses.AddAsync(request.Access.ToScope(), request.ToLines(), request.MakePrimary, request.MakeBilling, cancellationToken);
        return Unit.Value;
    }
}
