using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Common;

namespace Portal.Application.Services.Queries.ListServices;

internal sealed class ListServicesQueryValidator : TenantScopedValidator<ListServicesQuery>
{
    public ListServicesQueryValidator()
    {
        RuleFor(x => x.Status).MustBeCodeOfOrBlank(ServiceCodes.Statuses);
        RuleFor(x => x.ServiceType)
            .Must(type => string.IsNullOrWhiteSpace(type) || Identifier.IsValid(type.Trim()))
            .WithMessage($"Service type must be 1 to {Identifier.MaxLength} letters, digits, '-' or '_'.");
        RuleFor(x => x.Page).MustBePageNumber();
        RuleFor(x => x.PageSize).MustBePageSize();
    }
}
