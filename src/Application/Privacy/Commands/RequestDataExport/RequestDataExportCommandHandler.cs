using MediatR;
using Portal.Application.Privacy.Ports;
using Portal.Domain.Privacy;

namespace Portal.Application.Privacy.Commands.RequestDataExport;

internal sealed class RequestDataExportCommandHandler(IPrivacyOffice office) : IRequestHandler<RequestDataExportCommand, DataExport>
{
    public Task<DataExport> Handle(RequestDataExportCommand request, CancellationToken cancellationToken) =>
        office.RequestDataExportAsync(request.Account.ToScope(), cancellationToken);
}
