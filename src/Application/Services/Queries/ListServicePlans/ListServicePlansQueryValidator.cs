using Portal.Application.Common.Validation;

namespace Portal.Application.Services.Queries.ListServicePlans;

internal sealed class ListServicePlansQueryValidator : TenantScopedValidator<ListServicePlansQuery>;
