using Portal.Application.Common.Validation;

namespace Portal.Application.Tenants.Queries.ConfirmTenantAccess;

internal sealed class ConfirmTenantAccessQueryValidator : TenantScopedValidator<ConfirmTenantAccessQuery>;
