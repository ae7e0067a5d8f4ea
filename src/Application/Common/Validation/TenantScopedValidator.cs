using FluentValidation;
using Portal.Application.Common.Access;

namespace Portal.Application.Common.Validation;

/// <summary>
/// The base of every tenant-scoped request's validator: it checks the request's <see cref="AccessContext"/> with
/// <see cref="AccessContextValidator"/>, so a derived validator states only the rules of its own fields.
/// </summary>
internal abstract class TenantScopedValidator<TRequest> : AbstractValidator<TRequest>
    where TRequest : ITenantScopedRequest
{
    protected TenantScopedValidator() => RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
}
