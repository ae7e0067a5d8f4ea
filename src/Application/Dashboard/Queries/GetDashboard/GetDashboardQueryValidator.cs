using FluentValidation;
using Portal.Application.Common.Access;

namespace Portal.Application.Dashboard.Queries.GetDashboard;

internal sealed class GetDashboardQueryValidator : AbstractValidator<GetDashboardQuery>
{
    public GetDashboardQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
    }
}
