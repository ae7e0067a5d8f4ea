using Portal.Application.Common.Validation;

namespace Portal.Application.Tickets.Queries.GetTicketsSummary;

internal sealed class GetTicketsSummaryQueryValidator : TenantScopedValidator<GetTicketsSummaryQuery>;
