using Portal.Domain.Identity;

namespace Portal.Domain.UnitTests.Identity;

public sealed class EmailAddressFormatTests
{
    [Theory]
    [InlineData("ada@example.com", true)]
    [InlineData("ada.lovelace+portal@mail.example.co.uk", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("ada", false)]
    [InlineData("@example.com", false)]
    [InlineData("ada@", false)]
    [InlineData("ada@example", false)]
    [InlineData("ada@example.", false)]
    [InlineData("ada@.com", false)]
    [InlineData("ada@@example.com", false)]
    [InlineData("ada@exa mple.com", false)]
    [InlineData("ada@example..com", false)]
    public void Plain_addresses_are_accepted_and_malformed_ones_refused(string? email, bool valid) =>
        Assert.Equal(valid, EmailAddressFormat.IsValid(email));

    [Fact]
    public void Addresses_longer_than_254_characters_are_refused()
    {
        var local = new string('a', 254 - "@example.com".Length);

        Assert.True(EmailAddressFormat.IsValid(local + "@example.com"));
        Assert.False(EmailAddressFormat.IsValid(local + "a@example.com"));
    }
}
