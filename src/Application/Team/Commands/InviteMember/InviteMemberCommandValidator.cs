using Portal.Application.Common.Validation;
using Portal.Domain.Team;

namespace Portal.Application.Team.Commands.InviteMember;

internal sealed class InviteMemberCommandValidator : TenantScopedValidator<InviteMemberCommand>
{
    public InviteMemberCommandValidator()
    {
        RuleFor(x => x.Email).MustBeEmailAddress();
        RuleFor(x => x.FirstName).MustFitIfGiven("First name", NewMember.MaxNameLength);
        RuleFor(x => x.LastName).MustFitIfGiven("Last name", NewMember.MaxNameLength);
        RuleFor(x => x.Role).MustBeRole();
    }
}
