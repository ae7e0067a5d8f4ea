using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Commands.SignOut;

namespace Portal.Application.UnitTests.Identity;

public sealed class SignOutCommandTests
{
    [Fact]
    public async Task Sign_out_asks_the_identity_backend_to_end_the_token()
    {
        var pipeline = new TestPipeline();

        await pipeline.Mediator.Send(new SignOutCommand(Samples.AdaToken));

        Assert.Equal([Samples.AdaToken], pipeline.Identity.SignedOut);
        await Assert.ThrowsAsync<NotAuthenticatedException>(() => pipeline.Identity.VerifyAsync(new(Samples.AdaToken), CancellationToken.None));
    }

    [Fact]
    public async Task A_malformed_token_never_reaches_the_backend()
    {
        var pipeline = new TestPipeline();

        await Assert.ThrowsAsync<RequestValidationException>(() => pipeline.Mediator.Send(new SignOutCommand("has space")));

        Assert.Empty(pipeline.Identity.SignedOut);
    }

    [Fact]
    public void The_token_never_appears_in_the_text_form() =>
        Assert.DoesNotContain("secret-token", new SignOutCommand("secret-token").ToString(), StringComparison.Ordinal);
}
