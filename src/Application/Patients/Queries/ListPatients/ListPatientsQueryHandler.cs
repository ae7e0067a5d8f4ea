using MediatR;
using Portal.Application.Patients.Ports;
using Portal.Domain.Common;
using Portal.Domain.Patients;

namespace Portal.Application.Patients.Queries.ListPatients;

internal sealed class ListPatientsQueryHandler(IPatientRegistry patients) : IRequestHandler<ListPatientsQuery, Page<Patient>>
{
    public Task<Page<Patient>> Handle(ListPatientsQuery request, CancellationToken cancellationToken)
    {
        var search = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim();
        return patients.ListAsync(request.Access.ToScope(), search, new PageRequest(request.Page, request.PageSize), cancellationToken);
    }
}
