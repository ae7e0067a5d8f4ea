using MediatR;
using Portal.Application.Addresses.Ports;

namespace Portal.Application.Addresses.Commands.UpdateAddress;

internal sealed class UpdateAddressCommandHandler(IAddressBook addresses) : IRequestHandler<UpdateAddressCommand, Unit>
{
    public async Task<Unit> Handle(UpdateAddressCommand request, CancellationToken cancellationToken)
    {
        await addresses.UpdateAsync(request.Access.ToScope(), request.AddressId, request.ToLines(), cancellationToken);
        return Unit.Value;
    }
}
