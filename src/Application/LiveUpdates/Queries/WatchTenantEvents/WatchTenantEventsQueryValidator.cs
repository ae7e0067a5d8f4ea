using Portal.Application.Common.Validation;

namespace Portal.Application.LiveUpdates.Queries.WatchTenantEvents;

internal sealed class WatchTenantEventsQueryValidator : TenantScopedValidator<WatchTenantEventsQuery>;
