using Portal.Application.Common.Validation;

namespace Portal.Application.Billing.Queries.GetBillingSummary;

internal sealed class GetBillingSummaryQueryValidator : TenantScopedValidator<GetBillingSummaryQuery>;
