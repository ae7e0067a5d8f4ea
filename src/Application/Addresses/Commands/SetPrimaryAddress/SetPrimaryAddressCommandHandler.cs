using MediatR;
using Portal.Application.Addresses.Ports;

namespace Portal.Application.Addresses.Commands.SetPrimaryAddress;

internal sealed class SetPrimaryAddressCommandHandler(IAddressBook addresses) : IRequestHandler<SetPrimaryAddressCommand, Unit>
{
    public async Task<Unit> Handle(SetPrimaryAddressCommand request, CancellationToken cancellationToken)
    {
        await addresses.SetPrimaryAsync(request.Access.ToScope(), request.AddressId, cancellationToken);
        return Unit.Value;
    }
}
