using Portal.Application.Common.Validation;

namespace Portal.Application.Services.Queries.GetServicesSummary;

internal sealed class GetServicesSummaryQueryValidator : TenantScopedValidator<GetServicesSummaryQuery>;
