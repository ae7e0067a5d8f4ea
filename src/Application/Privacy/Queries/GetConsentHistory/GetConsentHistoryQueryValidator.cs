using Portal.Application.Common.Validation;

namespace Portal.Application.Privacy.Queries.GetConsentHistory;

internal sealed class GetConsentHistoryQueryValidator : AccountScopedValidator<GetConsentHistoryQuery>;
