using FluentValidation;
using Portal.Application.Common.Access;
using Portal.Application.Common.Validation;

namespace Portal.Application.Patients.Queries.GetPatient;

internal sealed class GetPatientQueryValidator : AbstractValidator<GetPatientQuery>
{
    public GetPatientQueryValidator()
    {
        RuleFor(x => x.Access).NotNull().SetValidator(new AccessContextValidator());
        RuleFor(x => x.PatientId).MustBeIdentifier();
    }
}
