using FluentValidation;
using Portal.Application.Common.Access;

namespace Portal.Application.LiveUpdates.Queries.WatchTenantEvents;

internal sealed class WatchTenantEventsQueryValidator : AbstractValidator<WatchTenantEventsQuery>
{
    public WatchTenantEventsQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
    }
}
