using MediatR;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Commands.Login;

internal sealed class LoginCommandHandler(IIdentityProvider identity) : IRequestHandler<LoginCommand, SignInAttempt>
{
    public Task<SignInAttempt> Handle(LoginCommand request, CancellationToken cancellationToken) =>
        identity.SignInAsync(request.Email.Trim(), request.Password, cancellationToken);
}
