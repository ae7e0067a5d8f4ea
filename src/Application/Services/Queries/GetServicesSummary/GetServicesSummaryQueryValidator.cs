using FluentValidation;
using Portal.Application.Common.Access;

namespace Portal.Application.Services.Queries.GetServicesSummary;

internal sealed class GetServicesSummaryQueryValidator : AbstractValidator<GetServicesSummaryQuery>
{
    public GetServicesSummaryQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
    }
}
