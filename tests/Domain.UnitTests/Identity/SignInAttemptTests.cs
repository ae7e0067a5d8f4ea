using Portal.Domain.Identity;

namespace Portal.Domain.UnitTests.Identity;

public sealed class SignInAttemptTests
{
    private static readonly SignedInUser Ada = new(
        new User(new UserId("u-1"), "ada@example.com", "Ada Lovelace", []), new AccessToken("token-1"));

    [Fact]
    public void A_completed_attempt_carries_the_sign_in_and_no_second_step()
    {
        var attempt = SignInAttempt.Completed(Ada);

        Assert.True(attempt.IsCompleted);
        Assert.Same(Ada, attempt.SignedIn);
        Assert.Null(attempt.SecondStep);
    }

    [Fact]
    public void An_attempt_waiting_for_a_second_step_signs_nobody_in()
    {
        var challenge = new SecondStepChallenge("totp", "opaque-ref");

        var attempt = SignInAttempt.SecondStepRequired(challenge);

        Assert.False(attempt.IsCompleted);
        Assert.Null(attempt.SignedIn);
        Assert.Same(challenge, attempt.SecondStep);
    }

    [Fact]
    public void Neither_form_takes_null()
    {
        Assert.Throws<ArgumentNullException>(() => SignInAttempt.Completed(null!));
        Assert.Throws<ArgumentNullException>(() => SignInAttempt.SecondStepRequired(null!));
    }

    [Theory]
    [InlineData("", "ref")]
    [InlineData("totp", " ")]
    [InlineData("TOTP", "ref")]
    [InlineData("to tp", "ref")]
    public void A_challenge_names_its_method_in_lower_case_words_and_has_a_reference(string method, string reference) =>
        Assert.ThrowsAny<ArgumentException>(() => new SecondStepChallenge(method, reference));

    [Fact]
    public void A_challenges_reference_stays_out_of_its_text_form() =>
        Assert.DoesNotContain("opaque-ref", new SecondStepChallenge("totp", "opaque-ref").ToString(), StringComparison.Ordinal);
}
