using Portal.Application.Common.Validation;

namespace Portal.Application.Encounters.Queries.ListEncounters;

internal sealed class ListEncountersQueryValidator : TenantScopedValidator<ListEncountersQuery>
{
    public ListEncountersQueryValidator()
    {
        RuleFor(x => x.PatientId).MustBeIdentifier();
    }
}
