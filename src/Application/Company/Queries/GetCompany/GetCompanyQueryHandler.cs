using MediatR;
using Portal.Application.Company.Ports;
using Portal.Domain.Company;

namespace Portal.Application.Company.Queries.GetCompany;

internal sealed class GetCompanyQueryHandler(ICompanyRecords records) : IRequestHandler<GetCompanyQuery, CompanyRecord>
{
    public Task<CompanyRecord> Handle(GetCompanyQuery request, CancellationToken cancellationToken) =>
        records.GetAsync(request.Access.ToScope(), cancellationToken);
}
