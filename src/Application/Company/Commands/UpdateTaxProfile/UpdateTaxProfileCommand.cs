using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Company.Commands.UpdateTaxProfile;

/// <summary>
/// Replaces the company's tax profile: fiscal code (CUI, blank or valid by the Platform's rule), VAT number, trade
/// register number, VAT payer and reverse charge; a flag left null is not sent, so the Platform keeps its own (a flag it
/// never stated is not written as a guess). Owner and billing members may (<see cref="RoleRules"/>).
/// </summary>
public sealed record UpdateTaxProfileCommand(
    AccessContext Access,
    string Cui,
    string VatNumber,
    string RegistrationNumber,
    bool? IsVatPayer,
    bool? ReverseChargeEligible)
    : IRequest<Unit>, IRoleGatedCommand
{
    /// <summary>
    /// The company has no tax profile yet, so this save creates one: a flag left null would then be set to the Platform's
    /// own default, which nobody chose, so both must be given.
    /// </summary>
    public bool CreatesProfile { get; init; }
}
