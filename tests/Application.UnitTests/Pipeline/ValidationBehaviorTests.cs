using FluentValidation;
using Portal.Application.Common.Behaviours;
using Portal.Application.Common.Exceptions;

namespace Portal.Application.UnitTests.Pipeline;

/// <summary>
/// The validation behaviour runs validators synchronously; these are the cases Portal's own validators do not reach: an
/// asynchronous rule, and a rule that throws.
/// </summary>
public sealed class ValidationBehaviorTests
{
    [Fact]
    public async Task A_validator_with_an_asynchronous_rule_is_awaited_and_its_failure_refuses_the_request()
    {
        var behaviour = new ValidationBehavior<Probe, string>([new SynchronousProbeValidator(), new AsynchronousProbeValidator()]);
        var handled = false;

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => behaviour.Handle(new Probe(""), CancellationToken.None, () =>
        {
            handled = true;
            return Task.FromResult("handled");
        }));

        Assert.Equal(["Name"], refusal.Errors.Keys);
        Assert.Equal(["Name is required.", "Name is checked later."], refusal.Errors["Name"]);
        Assert.False(handled);
    }

    [Fact]
    public async Task A_valid_request_passes_an_asynchronous_rule()
    {
        var behaviour = new ValidationBehavior<Probe, string>([new AsynchronousProbeValidator()]);

        Assert.Equal("handled", await behaviour.Handle(new Probe("Ada"), CancellationToken.None, () => Task.FromResult("handled")));
    }

    [Fact]
    public async Task What_a_validator_throws_comes_back_in_the_task_not_out_of_the_call()
    {
        var behaviour = new ValidationBehavior<Probe, string>([new ThrowingProbeValidator()]);

        var answer = behaviour.Handle(new Probe("Ada"), CancellationToken.None, () => Task.FromResult("handled"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => answer);
    }

    public sealed record Probe(string Name);

    private sealed class SynchronousProbeValidator : AbstractValidator<Probe>
    {
        public SynchronousProbeValidator() => RuleFor(x => x.Name).NotEmpty().WithMessage("Name is required.");
    }

    private sealed class AsynchronousProbeValidator : AbstractValidator<Probe>
    {
        public AsynchronousProbeValidator() =>
            RuleFor(x => x.Name).MustAsync(async (name, cancellationToken) =>
            {
                await Task.Yield();
                return name.Length > 0;
            }).WithMessage("Name is checked later.");
    }

    private sealed class ThrowingProbeValidator : AbstractValidator<Probe>
    {
        public ThrowingProbeValidator() => RuleFor(x => x.Name).Must(_ => throw new InvalidOperationException("A rule failed."));
    }
}
