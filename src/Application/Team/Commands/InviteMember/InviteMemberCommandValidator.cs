using FluentValidation;
using Portal.Application.Common.Validation;
using Portal.Domain.Team;

namespace Portal.Application.Team.Commands.InviteMember;

internal sealed class InviteMemberCommandValidator : TenantScopedValidator<InviteMemberCommand>
{
    public InviteMemberCommandValidator()
    {
        RuleFor(x => x.Email).MustBeEmailAddress();
        RuleFor(x => x.FirstName)
            .Must(name => name is null || name.Trim().Length <= NewMember.MaxNameLength)
            .WithMessage($"First name must be at most {NewMember.MaxNameLength} characters.")
            .MustBeOneLine("First name");
        RuleFor(x => x.LastName)
            .Must(name => name is null || name.Trim().Length <= NewMember.MaxNameLength)
            .WithMessage($"Last name must be at most {NewMember.MaxNameLength} characters.")
            .MustBeOneLine("Last name");
        RuleFor(x => x.Role).MustBeRole();
    }
}
