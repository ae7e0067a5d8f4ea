using Portal.Application.Common.Validation;

namespace Portal.Application.Encounters.Queries.GetEncounter;

internal sealed class GetEncounterQueryValidator : TenantScopedValidator<GetEncounterQuery>
{
    public GetEncounterQueryValidator()
    {
        RuleFor(x => x.PatientId).MustBeIdentifier();
        RuleFor(x => x.EncounterId).MustBeIdentifier();
    }
}
