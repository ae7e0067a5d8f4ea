using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Common.Access;

/// <summary>The child validator every account-scoped request's validator includes for its <see cref="AccountContext"/>.</summary>
internal sealed class AccountContextValidator : AbstractValidator<AccountContext>
{
    public AccountContextValidator()
    {
        RuleFor(x => x.Token).MustBeAccessToken();
        RuleFor(x => x.UserId).MustBeIdentifier();
    }
}
