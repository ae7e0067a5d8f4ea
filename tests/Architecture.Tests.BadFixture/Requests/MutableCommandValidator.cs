using FluentValidation;

namespace Portal.Architecture.Tests.BadFixture.Requests;

/// <summary>Public and unsealed.</summary>
public class MutableCommandValidator : AbstractValidator<MutableCommand>
{
    public MutableCommandValidator() => RuleFor(x => x.Name).NotEmpty();
}
