using FluentValidation;
using Portal.Application.Common.Access;

namespace Portal.Application.Billing.Queries.GetBillingSummary;

internal sealed class GetBillingSummaryQueryValidator : AbstractValidator<GetBillingSummaryQuery>
{
    public GetBillingSummaryQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
    }
}
