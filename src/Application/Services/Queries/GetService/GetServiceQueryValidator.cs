using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Services.Queries.GetService;

internal sealed class GetServiceQueryValidator : TenantScopedValidator<GetServiceQuery>
{
    public GetServiceQueryValidator()
    {
        RuleFor(x => x.ServiceId).MustBeIdentifier().WithMessage("Service id must be 1 to 64 letters, digits, '-' or '_'.");
    }
}
