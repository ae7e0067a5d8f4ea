using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Company;

namespace Portal.Application.Company.Commands.UpdateTaxProfile;

internal sealed class UpdateTaxProfileCommandValidator : TenantScopedValidator<UpdateTaxProfileCommand>
{
    private const string NewProfileNeedsIt = "Choose Yes or No: the company has no tax profile yet, and a new one needs this.";

    public UpdateTaxProfileCommandValidator()
    {
        RuleFor(x => x.Cui)
            .Cascade(CascadeMode.Stop)
            .MustFit("CUI", TaxProfile.MaxCuiLength)
            .Custom((cui, context) =>
            {
                if (cui.Trim().Length > 0 && FiscalCode.Problem(cui) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
        RuleFor(x => x.VatNumber).MustFit("VAT number", TaxProfile.MaxVatNumberLength);
        RuleFor(x => x.RegistrationNumber).MustFit("Trade register number", TaxProfile.MaxRegistrationNumberLength);
        RuleFor(x => x.IsVatPayer).NotNull().When(x => x.CreatesProfile).WithMessage(NewProfileNeedsIt);
        RuleFor(x => x.ReverseChargeEligible).NotNull().When(x => x.CreatesProfile).WithMessage(NewProfileNeedsIt);
    }
}
