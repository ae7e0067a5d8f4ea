using Portal.Application.Common.Validation;

namespace Portal.Application.Services.Commands.SetAutoRenew;

internal sealed class SetAutoRenewCommandValidator : TenantScopedValidator<SetAutoRenewCommand>
{
    public SetAutoRenewCommandValidator()
    {
        RuleFor(x => x.ServiceId).MustBeIdentifier("Service id");
    }
}
