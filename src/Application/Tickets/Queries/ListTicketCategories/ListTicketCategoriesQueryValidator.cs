using Portal.Application.Common.Validation;

namespace Portal.Application.Tickets.Queries.ListTicketCategories;

internal sealed class ListTicketCategoriesQueryValidator : TenantScopedValidator<ListTicketCategoriesQuery>;
