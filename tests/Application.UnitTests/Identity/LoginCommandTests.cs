using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Commands.Login;

namespace Portal.Application.UnitTests.Identity;

public sealed class LoginCommandTests
{
    private readonly LoginCommandHandler handler = new(SeededFakes.Identity());

    [Fact]
    public async Task Right_credentials_sign_the_user_in_with_the_issued_token()
    {
        var signedIn = await handler.Handle(new LoginCommand(" ada@example.com ", Samples.AdaPassword), CancellationToken.None);

        Assert.Equal(Samples.Ada, signedIn.User);
        Assert.Equal(Samples.AdaToken, signedIn.Token.Value);
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
