using MediatR;
using Portal.Application.Privacy.Ports;
using Portal.Domain.Privacy;

namespace Portal.Application.Privacy.Queries.ListDataExports;

internal sealed class ListDataExportsQueryHandler(IPrivacyOffice office) : IRequestHandler<ListDataExportsQuery, IReadOnlyList<DataExport>>
{
    public Task<IReadOnlyList<DataExport>> Handle(ListDataExportsQuery request, CancellationToken cancellationToken) =>
        office.ListDataExportsAsync(request.Account.ToScope(), cancellationToken);
}
