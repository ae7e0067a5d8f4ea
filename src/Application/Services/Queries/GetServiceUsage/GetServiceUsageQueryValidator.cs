using Portal.Application.Common.Validation;

namespace Portal.Application.Services.Queries.GetServiceUsage;

internal sealed class GetServiceUsageQueryValidator : TenantScopedValidator<GetServiceUsageQuery>
{
    public GetServiceUsageQueryValidator()
    {
        RuleFor(x => x.ServiceId).MustBeIdentifier("Service id");
        RuleFor(x => x.Period).MustBeCodeOf(ServiceCodes.UsagePeriods);
    }
}
