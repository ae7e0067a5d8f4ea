using Portal.Application.Common.Access;
using Portal.Application.Profile.Commands.UpdateProfile;
using Portal.Application.Profile.Queries.GetProfile;

namespace Portal.Application.UnitTests.Profile;

public sealed class ProfileValidatorTests
{
    private static readonly UpdateProfileCommandValidator Validator = new();

    [Fact]
    public void A_whole_profile_in_range_is_accepted() =>
        Assert.True(Validator.Validate(Command()).IsValid);

    [Theory]
    [InlineData(0, true)]
    [InlineData(150, true)]
    [InlineData(151, false)]
    public void Names_are_at_most_150_characters(int length, bool valid)
    {
        var name = new string('a', length);

        Assert.Equal(valid, Validator.Validate(Command() with { FirstName = name }).IsValid);
        Assert.Equal(valid, Validator.Validate(Command() with { LastName = name }).IsValid);
    }

    [Theory]
    [InlineData("Ada\nLovelace")]
    [InlineData("Ada\u0000")]
    public void Names_without_control_characters(string name) =>
        Assert.Equal("FirstName", Assert.Single(Validator.Validate(Command() with { FirstName = name }).Errors).PropertyName);

    [Theory]
    [InlineData("en", true)]
    [InlineData("ro", true)]
    [InlineData("EN", false)]
    [InlineData("fr", false)]
    [InlineData("", false)]
    public void The_language_is_one_the_Platform_offers(string language, bool valid) =>
        Assert.Equal(valid, Validator.Validate(Command() with { Language = language }).IsValid);

    [Theory]
    [InlineData("Europe/Bucharest", true)]
    [InlineData("America/New_York", true)]
    [InlineData("Asia/Kolkata", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("Eastern Standard Time", false)]
    [InlineData(" Europe/Bucharest", false)]
    [InlineData("", false)]
    [InlineData("../../etc/passwd", false)]
    public void The_time_zone_is_an_IANA_name_the_machine_knows(string zone, bool valid)
    {
        var result = Validator.Validate(Command() with { TimeZone = zone });

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, error => Assert.Equal("TimeZone", error.PropertyName));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", "Mars/Olympus_Mons", true)]
    [InlineData("Mars/Olympus_Mons", "Europe/Bucharest", false)]
    [InlineData("", "", true)]
    [InlineData("", null, false)]
    public void A_zone_the_machine_does_not_know_passes_only_as_the_one_the_Platform_holds_unchanged(string zone, string? stored, bool valid) =>
        Assert.Equal(valid, Validator.Validate(Command() with { TimeZone = zone, StoredTimeZone = stored }).IsValid);

    [Theory]
    [InlineData("pt-BR", "pt-BR", true)]
    [InlineData("pt-BR", "ro", false)]
    [InlineData("pt-BR", null, false)]
    [InlineData("", null, false)]
    public void A_language_Portal_does_not_offer_passes_only_as_the_one_the_Platform_holds_unchanged(string language, string? stored, bool valid) =>
        Assert.Equal(valid, Validator.Validate(Command() with { Language = language, StoredLanguage = stored }).IsValid);

    /// <summary>Null is a language or zone the Platform did not state and the user did not choose: it is not sent.</summary>
    [Fact]
    public void A_language_and_zone_left_unstated_are_accepted() =>
        Assert.True(Validator.Validate(Command() with { Language = null, TimeZone = null }).IsValid);

    [Fact]
    public void A_malformed_account_is_refused_by_name()
    {
        var result = new GetProfileQueryValidator().Validate(new GetProfileQuery(new AccountContext("", "user 1", 1041)));

        Assert.Equal(["Account.Token", "Account.UserId"], result.Errors.Select(error => error.PropertyName).Order(StringComparer.Ordinal));
    }

    private static UpdateProfileCommand Command() =>
        new(AccountPipeline.Account, "Ada", "Lovelace", "+40 721 234 567", "en", "Europe/Bucharest", true, false, false);
}
