using MediatR;
using Portal.Application.Billing.Ports;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Application.Billing.Queries.ListBillingDocuments;

internal sealed class ListBillingDocumentsQueryHandler(IBillingLedger ledger) : IRequestHandler<ListBillingDocumentsQuery, BillingDocumentList>
{
    public Task<BillingDocumentList> Handle(ListBillingDocumentsQuery request, CancellationToken cancellationToken)
    {
        var filter = new BillingDocumentFilter(
            BillingCodes.ParseDocumentType(request.DocumentType),
            string.IsNullOrWhiteSpace(request.Status) ? null : request.Status.Trim().ToLowerInvariant(),
            string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim());
        return ledger.ListDocumentsAsync(request.Access.ToScope(), filter, new PageRequest(request.Page, request.PageSize), cancellationToken);
    }
}
