using FluentValidation;

namespace Portal.Application.Addresses;

internal static class AddressIdRules
{
    /// <summary>The Platform's address ids are positive integers.</summary>
    public static IRuleBuilderOptions<T, long> MustBeAddressId<T>(this IRuleBuilder<T, long> rule) =>
        rule.GreaterThan(0).WithMessage("Choose an address from the list.");
}
