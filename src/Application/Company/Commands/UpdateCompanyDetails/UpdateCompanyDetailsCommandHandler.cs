using MediatR;
using Portal.Application.Company.Ports;
using Portal.Domain.Company;

namespace Portal.Application.Company.Commands.UpdateCompanyDetails;

internal sealed class UpdateCompanyDetailsCommandHandler(ICompanyRecords records) : IRequestHandler<UpdateCompanyDetailsCommand, Unit>
{
    public async Task<Unit> Handle(UpdateCompanyDetailsCommand request, CancellationToken cancellationToken)
    {
        var details = new CompanyDetails(
            request.Name.Trim(),
            request.CompanyName.Trim(),
            request.PrimaryEmail.Trim(),
            request.PrimaryPhone.Trim(),
            request.Website.Trim(),
            request.Industry.Trim());
        await records.UpdateDetailsAsync(request.Access.ToScope(), details, cancellationToken);
        return Unit.Value;
    }
}
