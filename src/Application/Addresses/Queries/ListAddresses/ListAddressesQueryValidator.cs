using Portal.Application.Common.Validation;

namespace Portal.Application.Addresses.Queries.ListAddresses;

internal sealed class ListAddressesQueryValidator : TenantScopedValidator<ListAddressesQuery>;
