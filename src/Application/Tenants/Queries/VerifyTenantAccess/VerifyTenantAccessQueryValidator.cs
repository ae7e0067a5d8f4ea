using FluentValidation;
using Portal.Application.Common.Access;

namespace Portal.Application.Tenants.Queries.VerifyTenantAccess;

internal sealed class VerifyTenantAccessQueryValidator : AbstractValidator<VerifyTenantAccessQuery>
{
    public VerifyTenantAccessQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
    }
}
