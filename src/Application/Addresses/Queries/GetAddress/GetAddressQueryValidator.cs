using Portal.Application.Common.Validation;

namespace Portal.Application.Addresses.Queries.GetAddress;

internal sealed class GetAddressQueryValidator : TenantScopedValidator<GetAddressQuery>
{
    public GetAddressQueryValidator() => RuleFor(x => x.AddressId).MustBeAddressId();
}
