using Portal.Application.Common.Validation;

namespace Portal.Application.Addresses.Commands.DeleteAddress;

internal sealed class DeleteAddressCommandValidator : TenantScopedValidator<DeleteAddressCommand>
{
    public DeleteAddressCommandValidator() => RuleFor(x => x.AddressId).MustBeAddressId();
}
