using System.Collections.Frozen;
using Portal.Application.Services.Commands.SetAutoRenew;
using Portal.Application.Team.Commands.ChangeMemberRole;
using Portal.Application.Team.Commands.InviteMember;
using Portal.Application.Team.Commands.RemoveMember;
using Portal.Application.Addresses.Commands.AddAddress;
using Portal.Application.Addresses.Commands.DeleteAddress;
using Portal.Application.Addresses.Commands.SetBillingAddress;
using Portal.Application.Addresses.Commands.SetPrimaryAddress;
using Portal.Application.Addresses.Commands.UpdateAddress;
using Portal.Application.Company.Commands.UpdateCompanyDetails;
using Portal.Application.Company.Commands.UpdateTaxProfile;
using Portal.Domain.Identity;

namespace Portal.Application.Common.Access;

/// <summary>
/// The one place that says which customer roles may send which command (platform-api.md §5: the Platform checks the same
/// and Portal refuses first, so a refused user waits for no call). Web asks <see cref="Permits{TCommand}"/> to hide what a
/// role cannot use; <see cref="Behaviours.RoleRuleBehavior{TRequest,TResponse}"/> enforces it. Every
/// <see cref="IRoleGatedCommand"/> has exactly one row (a test proves it).
/// </summary>
public static class RoleRules
{
    private static readonly string[] OwnerOnly = [CustomerRoles.Owner];

    private static readonly string[] OwnerOrBilling = [CustomerRoles.Owner, CustomerRoles.Billing];

    public static FrozenDictionary<Type, RoleRule> ByCommand { get; } = new Dictionary<Type, RoleRule>
    {
        // Services: PRAHO lets any role switch auto-renew; Portal keeps what is billed to owner and billing.
        [typeof(SetAutoRenewCommand)] = new("change a service's auto-renewal", OwnerOrBilling),
        // Team
        [typeof(InviteMemberCommand)] = new("invite team members", OwnerOnly),
        [typeof(ChangeMemberRoleCommand)] = new("change team members' roles", OwnerOnly),
        [typeof(RemoveMemberCommand)] = new("remove team members", OwnerOnly),
        // Company and addresses (platform-api.md §5: customers/update, tax-profile, addresses/*)
        [typeof(UpdateCompanyDetailsCommand)] = new("change the company details", OwnerOrBilling),
        [typeof(UpdateTaxProfileCommand)] = new("change the tax profile", OwnerOrBilling),
        [typeof(AddAddressCommand)] = new("add an address", OwnerOnly),
        [typeof(UpdateAddressCommand)] = new("change an address", OwnerOnly),
        [typeof(DeleteAddressCommand)] = new("delete an address", OwnerOnly),
        [typeof(SetPrimaryAddressCommand)] = new("choose the primary address", OwnerOnly),
        [typeof(SetBillingAddressCommand)] = new("choose the billing address", OwnerOnly),
    }.ToFrozenDictionary();

    /// <summary>The rule of <typeparamref name="TCommand"/>.</summary>
    public static RoleRule For<TCommand>()
        where TCommand : IRoleGatedCommand => For(typeof(TCommand));

    /// <summary>The rule of <paramref name="command"/>; a gated command without one is Portal's own mistake.</summary>
    public static RoleRule For(Type command) =>
        ByCommand.TryGetValue(command, out var rule)
            ? rule
            : throw new InvalidOperationException($"{command.Name} is role-gated but RoleRules has no row for it.");

    /// <summary>Whether <paramref name="role"/> may send <typeparamref name="TCommand"/>: what Web offers.</summary>
    public static bool Permits<TCommand>(string? role)
        where TCommand : IRoleGatedCommand => For<TCommand>().Allows(role);
}
