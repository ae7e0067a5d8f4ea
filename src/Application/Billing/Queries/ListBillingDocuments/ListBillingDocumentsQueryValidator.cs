using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Billing;

namespace Portal.Application.Billing.Queries.ListBillingDocuments;

internal sealed class ListBillingDocumentsQueryValidator : TenantScopedValidator<ListBillingDocumentsQuery>
{
    public ListBillingDocumentsQueryValidator()
    {
        RuleFor(x => x.DocumentType)
            .Must(BillingCodes.IsDocumentTypeOrAll)
            .WithMessage("Document type must be one of: all, " + string.Join(", ", BillingCodes.DocumentTypes.Codes) + ".");
        RuleFor(x => x.Status)
            .Must((query, status) => string.IsNullOrWhiteSpace(status)
                || BillingCodes.DocumentStatusesFor(query.DocumentType).Contains(status.Trim(), StringComparer.OrdinalIgnoreCase))
            .When(x => BillingCodes.IsDocumentTypeOrAll(x.DocumentType))
            .WithMessage(query => "Status must be one of: " + string.Join(", ", BillingCodes.DocumentStatusesFor(query.DocumentType)) + ".");
        RuleFor(x => x.Search).MustFitIfGiven("Search", BillingDocumentFilter.MaxSearchLength);
        RuleFor(x => x.Page).MustBePageNumber();
        RuleFor(x => x.PageSize).MustBePageSize();
    }
}
