using MediatR;
using Portal.Application.Privacy.Ports;
using Portal.Domain.Privacy;

namespace Portal.Application.Privacy.Queries.GetConsentHistory;

internal sealed class GetConsentHistoryQueryHandler(IPrivacyOffice office) : IRequestHandler<GetConsentHistoryQuery, ConsentHistory>
{
    public Task<ConsentHistory> Handle(GetConsentHistoryQuery request, CancellationToken cancellationToken) =>
        office.GetConsentHistoryAsync(request.Account.ToScope(), cancellationToken);
}
