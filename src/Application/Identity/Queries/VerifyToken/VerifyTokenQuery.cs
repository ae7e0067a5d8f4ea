using MediatR;
using Portal.Domain.Identity;

namespace Portal.Application.Identity.Queries.VerifyToken;

/// <summary>Whether the identity backend still accepts a token, and whose it is; fails with NotAuthenticatedException when not.</summary>
public sealed record VerifyTokenQuery(string Token) : IRequest<VerifiedToken>
{
    /// <summary>The token stays out of logs and exception messages.</summary>
    public override string ToString() => "VerifyTokenQuery(Token = ***)";
}
