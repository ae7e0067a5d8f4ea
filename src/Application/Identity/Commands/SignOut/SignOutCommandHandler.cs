using MediatR;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Commands.SignOut;

internal sealed class SignOutCommandHandler(IIdentityProvider identity) : IRequestHandler<SignOutCommand, Unit>
{
    public async Task<Unit> Handle(SignOutCommand request, CancellationToken cancellationToken)
    {
        await identity.SignOutAsync(new AccessToken(request.Token), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
