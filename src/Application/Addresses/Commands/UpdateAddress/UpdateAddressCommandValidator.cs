using Portal.Application.Common.Validation;

namespace Portal.Application.Addresses.Commands.UpdateAddress;

internal sealed class UpdateAddressCommandValidator : TenantScopedValidator<UpdateAddressCommand>
{
    public UpdateAddressCommandValidator()
    {
        RuleFor(x => x.AddressId).MustBeAddressId();
        this.AddAddressFieldRules();
    }
}
