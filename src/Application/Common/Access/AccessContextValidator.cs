using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Common.Access;

/// <summary>The child validator every tenant-scoped request's validator includes for its <see cref="AccessContext"/>.</summary>
internal sealed class AccessContextValidator : AbstractValidator<AccessContext>
{
    public AccessContextValidator()
    {
        RuleFor(x => x.Token).MustBeAccessToken();
        RuleFor(x => x.UserId).MustBeIdentifier();
        RuleFor(x => x.TenantId).MustBeIdentifier();
    }
}
