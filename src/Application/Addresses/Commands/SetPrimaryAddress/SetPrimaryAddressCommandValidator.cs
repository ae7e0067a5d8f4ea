using Portal.Application.Common.Validation;

namespace Portal.Application.Addresses.Commands.SetPrimaryAddress;

internal sealed class SetPrimaryAddressCommandValidator : TenantScopedValidator<SetPrimaryAddressCommand>
{
    public SetPrimaryAddressCommandValidator() => RuleFor(x => x.AddressId).MustBeAddressId();
}
