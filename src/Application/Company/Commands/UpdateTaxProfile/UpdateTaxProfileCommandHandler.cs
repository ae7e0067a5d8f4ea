using MediatR;
using Portal.Application.Company.Ports;
using Portal.Domain.Company;

namespace Portal.Application.Company.Commands.UpdateTaxProfile;

internal sealed class UpdateTaxProfileCommandHandler(ICompanyRecords records) : IRequestHandler<UpdateTaxProfileCommand, Unit>
{
    public async Task<Unit> Handle(UpdateTaxProfileCommand request, CancellationToken cancellationToken)
    {
        var profile = new TaxProfile(
            request.Cui.Trim(),
            request.VatNumber.Trim(),
            request.RegistrationNumber.Trim(),
            request.IsVatPayer,
            request.ReverseChargeEligible);
        await records.UpdateTaxProfileAsync(request.Access.ToScope(), profile, cancellationToken);
        return Unit.Value;
    }
}
