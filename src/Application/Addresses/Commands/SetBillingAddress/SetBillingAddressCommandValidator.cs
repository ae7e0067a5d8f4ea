using Portal.Application.Common.Validation;

namespace Portal.Application.Addresses.Commands.SetBillingAddress;

internal sealed class SetBillingAddressCommandValidator : TenantScopedValidator<SetBillingAddressCommand>
{
    public SetBillingAddressCommandValidator() => RuleFor(x => x.AddressId).MustBeAddressId();
}
