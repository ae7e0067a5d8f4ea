using System.Globalization;
using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Tickets;

namespace Portal.Application.Tickets.Commands.CreateTicket;

internal sealed class CreateTicketCommandValidator : TenantScopedValidator<CreateTicketCommand>
{
    public CreateTicketCommandValidator()
    {
        RuleFor(x => x.Title)
            .Must(title => NewTicket.HasLength(title, NewTicket.MinTitleLength, NewTicket.MaxTitleLength))
            .WithMessage($"Title must be between {NewTicket.MinTitleLength} and {NewTicket.MaxTitleLength} characters.")
            .MustBeOneLine("Title");
        RuleFor(x => x.Description)
            .Must(text => NewTicket.HasLength(text, NewTicket.MinDescriptionLength, NewTicket.MaxDescriptionLength))
            .WithMessage(
                $"Description must be between {NewTicket.MinDescriptionLength} and {NewTicket.MaxDescriptionLength} characters.")
            .MustBePlainText("Description");
        RuleFor(x => x.Priority).MustBeCodeOf(TicketCodes.Priorities);
        RuleFor(x => x.Category)
            .Must(category => string.IsNullOrWhiteSpace(category) || IsCategoryId(category.Trim()))
            .WithMessage("Choose a category from the list.");
    }

    private static bool IsCategoryId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0;
}
