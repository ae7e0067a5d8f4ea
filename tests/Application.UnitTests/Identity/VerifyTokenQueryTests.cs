using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Queries.VerifyToken;

namespace Portal.Application.UnitTests.Identity;

public sealed class VerifyTokenQueryTests
{
    private readonly VerifyTokenQueryHandler handler = new(SeededFakes.Identity());

    [Fact]
    public async Task A_good_token_says_whose_it_is()
    {
        var verified = await handler.Handle(new VerifyTokenQuery(Samples.AdaToken), CancellationToken.None);

        Assert.Equal(Samples.Ada.Id, verified.UserId);
        Assert.Equal("customer", verified.Portal);
    }

    [Fact]
    public async Task Expired_token_is_refused() =>
        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => handler.Handle(new VerifyTokenQuery("some-other-token"), CancellationToken.None));

    [Fact]
    public void The_token_never_appears_in_the_text_form() =>
        Assert.DoesNotContain("secret-token", new VerifyTokenQuery("secret-token").ToString(), StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    public void Malformed_tokens_are_refused(string token) =>
        Assert.False(new VerifyTokenQueryValidator().Validate(new VerifyTokenQuery(token)).IsValid);
}
