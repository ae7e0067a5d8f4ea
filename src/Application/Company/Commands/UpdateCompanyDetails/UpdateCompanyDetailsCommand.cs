using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Application.Company.Commands.UpdateCompanyDetails;

/// <summary>
/// Replaces the company's details. Every field is sent (blank ones as empty strings) and trimmed; owner and billing
/// members may (<see cref="RoleRules"/>).
/// </summary>
public sealed record UpdateCompanyDetailsCommand(
    AccessContext Access,
    string Name,
    string CompanyName,
    string PrimaryEmail,
    string PrimaryPhone,
    string Website,
    string Industry)
    : IRequest<Unit>, IRoleGatedCommand;
