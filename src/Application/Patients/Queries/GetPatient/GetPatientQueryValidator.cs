using Portal.Application.Common.Validation;

namespace Portal.Application.Patients.Queries.GetPatient;

internal sealed class GetPatientQueryValidator : TenantScopedValidator<GetPatientQuery>
{
    public GetPatientQueryValidator()
    {
        RuleFor(x => x.PatientId).MustBeIdentifier();
    }
}
