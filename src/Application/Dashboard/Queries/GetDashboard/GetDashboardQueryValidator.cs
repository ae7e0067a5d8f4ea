using Portal.Application.Common.Validation;

namespace Portal.Application.Dashboard.Queries.GetDashboard;

internal sealed class GetDashboardQueryValidator : TenantScopedValidator<GetDashboardQuery>;
