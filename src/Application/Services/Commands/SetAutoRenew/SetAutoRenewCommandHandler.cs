using MediatR;
using Portal.Application.Services.Ports;
using Portal.Domain.Services;

namespace Portal.Application.Services.Commands.SetAutoRenew;

internal sealed class SetAutoRenewCommandHandler(IServiceCatalog catalog) : IRequestHandler<SetAutoRenewCommand, Unit>
{
    public async Task<Unit> Handle(SetAutoRenewCommand request, CancellationToken cancellationToken)
    {
        await catalog.SetAutoRenewAsync(request.Access.ToScope(), new ServiceId(request.ServiceId), request.AutoRenew, cancellationToken)
            .ConfigureAwait(false);
        return Unit.Value;
    }
}
