using Portal.Application.Common.Validation;

namespace Portal.Application.Addresses.Commands.AddAddress;

internal sealed class AddAddressCommandValidator : TenantScopedValidator<AddAddressCommand>
{
    public AddAddressCommandValidator() => this.AddAddressFieldRules();
}
