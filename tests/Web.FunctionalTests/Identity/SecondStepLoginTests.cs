using System.Net;
using Portal.Domain.Identity;

namespace Portal.Web.FunctionalTests.Identity;

/// <summary>
/// An identity backend that asks for a second sign-in step: Portal has no page for one yet, so it signs nobody in and
/// says why, instead of treating the account as signed in or the password as wrong.
/// </summary>
public sealed class SecondStepLoginTests
{
    [Fact]
    public async Task A_second_step_signs_nobody_in_and_says_this_portal_cannot_offer_it_yet()
    {
        using var app = new PortalApp();
        app.Identity.RequireSecondStep(Samples.AdaEmail, new SecondStepChallenge("totp", "challenge-7f3a"));
        using var browser = app.Browser();

        var response = await browser.SubmitAsync("/login", "/login", ("Email", Samples.AdaEmail), ("Password", Samples.AdaPassword));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("<p class=\"form-error\" role=\"alert\" id=\"login-error\">This account needs a second sign-in step", html, StringComparison.Ordinal);
        Assert.Contains("which this portal cannot offer yet. You have not been signed in.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("challenge-7f3a", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.AdaPassword, html, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("portal_auth=", StringComparison.Ordinal));

        var afterwards = await browser.GetAsync("/tenants");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/login", afterwards.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_can_be_sent_again_after_a_second_step_was_asked_for()
    {
        using var app = new PortalApp();
        app.Identity.RequireSecondStep(Samples.AdaEmail, new SecondStepChallenge("totp", "challenge-7f3a"));
        using var browser = app.Browser();
        await browser.SubmitAsync("/login", "/login", ("Email", Samples.AdaEmail), ("Password", Samples.AdaPassword));

        var again = await browser.SubmitAsync("/login", "/login", ("Email", Samples.AdaEmail), ("Password", "wrong-password-123"));

        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Contains("The email address or password is not right.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
