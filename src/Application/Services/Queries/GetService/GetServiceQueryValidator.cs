using Portal.Application.Common.Validation;

namespace Portal.Application.Services.Queries.GetService;

internal sealed class GetServiceQueryValidator : TenantScopedValidator<GetServiceQuery>
{
    public GetServiceQueryValidator()
    {
        RuleFor(x => x.ServiceId).MustBeIdentifier("Service id");
    }
}
