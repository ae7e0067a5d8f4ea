using System.Net;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>
/// The profile update stores what it is sent, as PRAHO's does (<c>request_data.get("phone", user.phone)</c>): an empty
/// text clears the value, and only a key left out keeps it.
/// </summary>
public sealed class ProfileUpdateTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task An_empty_text_clears_the_value_and_a_key_left_out_keeps_it()
    {
        await PutAsync(new { phone = "+40 700 000 000", last_name = "Alvarez" });

        var status = await PutAsync(new { phone = string.Empty, first_name = string.Empty });
        var (_, after) = await Client.PostBodyAsync("users/profile/", PlatformClient.Body(PlatformClient.Marco, null));

        Assert.Equal(HttpStatusCode.OK, status);
        var profile = after.GetProperty("profile");
        Assert.Equal(string.Empty, profile.GetProperty("phone").GetString());
        Assert.Equal(string.Empty, profile.GetProperty("first_name").GetString());
        Assert.Equal("Alvarez", profile.GetProperty("last_name").GetString());
    }

    private async Task<HttpStatusCode> PutAsync(object fields)
    {
        var (status, _) = await Client.SendForJsonAsync(Client.Signer.Create(
            Client.Url("users/profile/"), PlatformClient.Body(PlatformClient.Marco, null, fields), HttpMethod.Put));
        return status;
    }
}
