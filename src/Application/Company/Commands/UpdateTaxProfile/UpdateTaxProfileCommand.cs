using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Company.Commands.UpdateTaxProfile;

/// <summary>
/// Replaces the company's tax profile: fiscal code (CUI, blank or valid by the Platform's rule), VAT number, trade
/// register number, VAT payer and reverse charge. Owner and billing members may (<see cref="RoleRules"/>).
/// </summary>
public sealed record UpdateTaxProfileCommand(
    AccessContext Access,
    string Cui,
    string VatNumber,
    string RegistrationNumber,
    bool IsVatPayer,
    bool ReverseChargeEligible)
    : IRequest<Unit>, IRoleGatedCommand;
