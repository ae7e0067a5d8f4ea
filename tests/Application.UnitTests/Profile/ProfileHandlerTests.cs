using Portal.Application.Common.Exceptions;
using Portal.Application.Profile.Commands.UpdateProfile;
using Portal.Application.Profile.Queries.GetProfile;
using Portal.Domain.Profile;

namespace Portal.Application.UnitTests.Profile;

/// <summary>The profile's requests through the real pipeline: the user's own account, never a tenant's.</summary>
public sealed class ProfileHandlerTests
{
    [Fact]
    public async Task The_profile_is_read_for_the_callers_Platform_user_without_asking_about_tenants()
    {
        var pipeline = new AccountPipeline();

        var profile = await pipeline.Mediator.Send(new GetProfileQuery(AccountPipeline.Account));

        Assert.Same(pipeline.Profile.Profile, profile);
        Assert.Equal(AccountPipeline.PlatformUserId, pipeline.Profile.LastScope!.PlatformUserId);
        Assert.Equal("user-1", pipeline.Profile.LastScope.UserId.Value);
        Assert.Empty(pipeline.Tenants.AccessChecks);
    }

    [Fact]
    public async Task A_user_without_a_Platform_id_has_no_account_to_read_or_change()
    {
        var pipeline = new AccountPipeline();

        var read = await Assert.ThrowsAsync<NotFoundException>(() => pipeline.Mediator.Send(new GetProfileQuery(AccountPipeline.WithoutPlatform)));
        await Assert.ThrowsAsync<NotFoundException>(() => pipeline.Mediator.Send(Command() with { Account = AccountPipeline.WithoutPlatform }));

        Assert.Equal("account", read.What);
        Assert.Equal(0, pipeline.Profile.Calls);
    }

    [Fact]
    public async Task A_saved_profile_is_sent_whole_with_its_texts_trimmed_and_answered()
    {
        var pipeline = new AccountPipeline();

        var saved = await pipeline.Mediator.Send(Command() with { FirstName = "  Ada ", LastName = " King ", Phone = " +40 721 234 567 " });

        var expected = new ProfileChanges("Ada", "King", "+40 721 234 567", "ro", "America/New_York", false, true, true);
        Assert.Equal(expected, saved);
        Assert.Equal(expected, Assert.Single(pipeline.Profile.Updates));
        Assert.Equal(AccountPipeline.PlatformUserId, pipeline.Profile.LastScope!.PlatformUserId);
    }

    [Fact]
    public async Task A_preference_neither_stated_nor_chosen_reaches_the_Platform_unstated()
    {
        var pipeline = new AccountPipeline();

        var saved = await pipeline.Mediator.Send(Command() with { EmailNotifications = null, MarketingEmails = null });

        var sent = Assert.Single(pipeline.Profile.Updates);
        Assert.Equal((null, true, null), (sent.EmailNotifications, sent.SmsNotifications, sent.MarketingEmails));
        Assert.Equal(sent, saved);
    }

    [Fact]
    public async Task A_language_and_zone_neither_stated_nor_chosen_reach_the_Platform_unstated()
    {
        var pipeline = new AccountPipeline();

        var saved = await pipeline.Mediator.Send(Command() with { Language = null, TimeZone = null });

        var sent = Assert.Single(pipeline.Profile.Updates);
        Assert.Equal(((string?)null, (string?)null), (sent.Language, sent.TimeZone));
        Assert.Equal(sent, saved);
    }

    [Fact]
    public async Task An_invalid_profile_is_refused_with_every_message_and_nothing_is_sent()
    {
        var pipeline = new AccountPipeline();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            pipeline.Mediator.Send(Command() with { Phone = "call me", Language = "fr", TimeZone = "Mars/Base" }));

        Assert.Equal(["Language", "Phone", "TimeZone"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, pipeline.Profile.Calls);
    }

    [Fact]
    public async Task The_Platforms_failure_reaches_the_caller()
    {
        var pipeline = new AccountPipeline();
        pipeline.Profile.Failure = new BackendUnavailableException("profile", "answered HTTP 503");

        var failure = await Assert.ThrowsAsync<BackendUnavailableException>(() => pipeline.Mediator.Send(Command()));

        Assert.Equal("profile", failure.Area);
    }

    private static UpdateProfileCommand Command() =>
        new(AccountPipeline.Account, "Ada", "King", "+40 721 234 567", "ro", "America/New_York", false, true, true);
}
