using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Tickets.Commands.ReplyToTicket;

internal sealed class ReplyToTicketCommandValidator : TenantScopedValidator<ReplyToTicketCommand>
{
    public ReplyToTicketCommandValidator()
    {
        RuleFor(x => x.TicketId).MustBeIdentifier("Ticket id");
        RuleFor(x => x.Content)
            .Must(content => content is not null
                && content.Trim().Length >= ReplyToTicketCommand.MinContentLength
                && content.Trim().Length <= ReplyToTicketCommand.MaxContentLength)
            .WithMessage(
                $"Reply must be between {ReplyToTicketCommand.MinContentLength} and {ReplyToTicketCommand.MaxContentLength} characters.")
            .MustBePlainText("Reply");
    }
}
