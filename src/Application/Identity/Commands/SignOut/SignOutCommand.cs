using MediatR;

namespace Portal.Application.Identity.Commands.SignOut;

/// <summary>
/// Asks the identity backend to stop accepting a token, where it has a way to (see <c>IIdentityProvider.SignOutAsync</c>).
/// Ending the sign-in in the browser does not wait for it: Web forgets the cookie whatever this answers.
/// </summary>
public sealed record SignOutCommand(string Token) : IRequest<Unit>
{
    /// <summary>The token stays out of logs and exception messages.</summary>
    public override string ToString() => "SignOutCommand(Token = ***)";
}
