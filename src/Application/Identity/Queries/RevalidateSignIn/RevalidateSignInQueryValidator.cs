using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Identity.Queries.RevalidateSignIn;

internal sealed class RevalidateSignInQueryValidator : AbstractValidator<RevalidateSignInQuery>
{
    /// <summary>The Platform sends 16 hex characters; anything much longer did not come from it.</summary>
    public const int MaxMembershipHashLength = 64;

    public RevalidateSignInQueryValidator()
    {
        RuleFor(x => x.Token).MustBeAccessToken();
        RuleFor(x => x.UserId).MustBeIdentifier();
        RuleFor(x => x.PlatformUserId).GreaterThan(0);
        RuleFor(x => x.KnownMembershipHash).MaximumLength(MaxMembershipHashLength);
    }
}
