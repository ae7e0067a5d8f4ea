using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Services.Queries.GetServiceUsage;

internal sealed class GetServiceUsageQueryValidator : TenantScopedValidator<GetServiceUsageQuery>
{
    public GetServiceUsageQueryValidator()
    {
        RuleFor(x => x.ServiceId).MustBeIdentifier().WithMessage("Service id must be 1 to 64 letters, digits, '-' or '_'.");
        RuleFor(x => x.Period).MustBeCodeOf(ServiceCodes.UsagePeriods);
    }
}
