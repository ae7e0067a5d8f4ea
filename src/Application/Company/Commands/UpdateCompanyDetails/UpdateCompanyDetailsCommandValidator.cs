using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Company;
using Portal.Domain.Identity;

namespace Portal.Application.Company.Commands.UpdateCompanyDetails;

internal sealed class UpdateCompanyDetailsCommandValidator : TenantScopedValidator<UpdateCompanyDetailsCommand>
{
    public UpdateCompanyDetailsCommandValidator()
    {
        RuleFor(x => x.Name).MustBeGiven("Name", CompanyDetails.MaxNameLength);
        RuleFor(x => x.CompanyName).MustFit("Company name", CompanyDetails.MaxCompanyNameLength);
        RuleFor(x => x.PrimaryEmail)
            .Must(email => email is not null && (email.Trim().Length == 0 || EmailAddressFormat.IsValid(email.Trim())))
            .WithMessage("Enter a valid email address, for example office@example.ro, or leave it blank.");
        RuleFor(x => x.PrimaryPhone).MustBePhoneNumberOrBlank(CompanyDetails.MaxPhoneLength);
        RuleFor(x => x.Website)
            .Cascade(CascadeMode.Stop)
            .MustFit("Website", CompanyDetails.MaxWebsiteLength)
            .Must(IsWebAddress).WithMessage("Website must be a full address starting with https:// or http://, or blank.");
        RuleFor(x => x.Industry).MustFit("Industry", CompanyDetails.MaxIndustryLength);
    }

    private static bool IsWebAddress(string website)
    {
        var text = website.Trim();
        return text.Length == 0
            || (Uri.TryCreate(text, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && uri.Host.Contains('.', StringComparison.Ordinal)
                && !text.Any(char.IsWhiteSpace));
    }
}
