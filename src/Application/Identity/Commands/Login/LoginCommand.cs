using MediatR;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Commands.Login;

/// <summary>Signs a user in to the customer portal with e-mail and password.</summary>
public sealed record LoginCommand(string Email, string Password) : IRequest<SignedInUser>
{
    /// <summary>The password stays out of logs and exception messages.</summary>
    public override string ToString() => $"LoginCommand(Email = {Email}, Password = ***)";
}
