using MediatR;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Commands.Login;

/// <summary>
/// Signs a user in to the customer portal with e-mail and password. The answer is either the signed-in user or the second
/// step the identity backend asks for first (then nobody is signed in yet).
/// </summary>
public sealed record LoginCommand(string Email, string Password) : IRequest<SignInAttempt>
{
    /// <summary>The password stays out of logs and exception messages.</summary>
    public override string ToString() => $"LoginCommand(Email = {Email}, Password = ***)";
}
