using FluentValidation;
using Portal.Application.Common.Validation;

namespace Portal.Application.Tickets.Commands.ReplyToTicket;

internal sealed class ReplyToTicketCommandValidator : TenantScopedValidator<ReplyToTicketCommand>
{
    public ReplyToTicketCommandValidator()
    {
        RuleFor(x => x.TicketId).MustBeIdentifier("Ticket id");
        RuleFor(x => x.Content)
            .Must(content => content is not null && content.Trim().Length is >= 1 and <= ReplyToTicketCommand.MaxContentLength)
            .WithMessage($"Reply must be between 1 and {ReplyToTicketCommand.MaxContentLength} characters.");
    }
}
