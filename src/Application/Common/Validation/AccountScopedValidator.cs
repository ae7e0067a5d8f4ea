using FluentValidation;
using Portal.Application.Common.Access;

namespace Portal.Application.Common.Validation;

/// <summary>
/// The base of every account-scoped request's validator: it checks the request's <see cref="AccountContext"/> with
/// <see cref="AccountContextValidator"/>, so a derived validator states only the rules of its own fields.
/// </summary>
internal abstract class AccountScopedValidator<TRequest> : AbstractValidator<TRequest>
    where TRequest : IAccountScopedRequest
{
    protected AccountScopedValidator() => RuleFor(x => x.Account).NotNull().SetValidator(new AccountContextValidator());
}
