using MediatR;
using Portal.Application.Addresses.Ports;

namespace Portal.Application.Addresses.Commands.SetBillingAddress;

internal sealed class SetBillingAddressCommandHandler(IAddressBook addresses) : IRequestHandler<SetBillingAddressCommand, Unit>
{
    public async Task<Unit> Handle(SetBillingAddressCommand request, CancellationToken cancellationToken)
    {
        await addresses.SetBillingAsync(request.Access.ToScope(), request.AddressId, cancellationToken);
        return Unit.Value;
    }
}
