using Portal.Application.Common.Validation;

namespace Portal.Application.Company.Queries.GetCompany;

internal sealed class GetCompanyQueryValidator : TenantScopedValidator<GetCompanyQuery>;
