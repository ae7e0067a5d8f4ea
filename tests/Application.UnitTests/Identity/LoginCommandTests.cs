using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Commands.Login;
using Portal.Domain.Identity;

namespace Portal.Application.UnitTests.Identity;

public sealed class LoginCommandTests
{
    private readonly LoginCommandHandler handler = new(SeededFakes.Identity());

    [Fact]
    public async Task Right_credentials_sign_the_user_in_with_the_issued_token()
    {
        var attempt = await handler.Handle(new LoginCommand(" ada@example.com ", Samples.AdaPassword), CancellationToken.None);

        Assert.True(attempt.IsCompleted);
        Assert.Null(attempt.SecondStep);
        Assert.Equal(Samples.Ada, attempt.SignedIn?.User);
        Assert.Equal(Samples.AdaToken, attempt.SignedIn?.Token.Value);
    }

    [Fact]
    public async Task A_second_step_the_backend_asks_for_comes_back_through_the_pipeline_and_nobody_is_signed_in()
    {
        var pipeline = new TestPipeline();
        var challenge = new SecondStepChallenge("totp", "challenge-7f3a");
        pipeline.Identity.RequireSecondStep(Samples.AdaEmail, challenge);

        var attempt = await pipeline.Mediator.Send(new LoginCommand(" " + Samples.AdaEmail + " ", Samples.AdaPassword));

        Assert.False(attempt.IsCompleted);
        Assert.Null(attempt.SignedIn);
        Assert.Equal(challenge, attempt.SecondStep);
    }

    [Fact]
    public async Task An_account_with_a_second_step_still_refuses_a_wrong_password_before_asking_for_it()
    {
        var pipeline = new TestPipeline();
        pipeline.Identity.RequireSecondStep(Samples.AdaEmail, new SecondStepChallenge("totp", "challenge-7f3a"));

        await Assert.ThrowsAsync<NotAuthenticatedException>(() => pipeline.Mediator.Send(new LoginCommand(Samples.AdaEmail, "wrong")));
    }

    [Fact]
    public async Task Wrong_password_is_not_authenticated() =>
        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => handler.Handle(new LoginCommand(Samples.AdaEmail, "wrong"), CancellationToken.None));

    [Fact]
    public void The_password_never_appears_in_the_text_form() =>
        Assert.DoesNotContain("hunter2", new LoginCommand("ada@example.com", "hunter2").ToString(), StringComparison.Ordinal);

    [Theory]
    [InlineData("ada@example.com", "p")]
    [InlineData(" ada@example.com ", "correct horse battery staple")]
    public void Good_input_passes(string email, string password) =>
        Assert.True(new LoginCommandValidator().Validate(new LoginCommand(email, password)).IsValid);

    [Theory]
    [InlineData("", "secret", "Email", "Email address is required.")]
    [InlineData("ada", "secret", "Email", "Enter a valid email address, for example name@example.com.")]
    [InlineData("ada@example.com", "", "Password", "Password is required.")]
    public void Bad_input_is_refused_with_a_human_message(string email, string password, string property, string message)
    {
        var result = new LoginCommandValidator().Validate(new LoginCommand(email, password));

        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Overlong_input_is_refused()
    {
        var result = new LoginCommandValidator().Validate(
            new LoginCommand(new string('a', 250) + "@example.com", new string('p', LoginCommandValidator.MaxPasswordLength + 1)));

        Assert.Equal(["Email", "Password"], result.Errors.Select(e => e.PropertyName).Order());
    }

    [Fact]
    public void A_password_of_the_maximum_length_passes() =>
        Assert.True(new LoginCommandValidator().Validate(
            new LoginCommand("ada@example.com", new string('p', LoginCommandValidator.MaxPasswordLength))).IsValid);
}
