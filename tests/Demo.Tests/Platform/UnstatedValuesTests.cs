using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>
/// The values the demo seeds unstated, key and all, so that Portal's "Not stated" choices show (PRAHO's columns always
/// hold one): Sam's language and marketing-e-mail preference, Harbor's VAT payer flag. A fixture of their own, as the
/// other classes' writes to Sam's profile and Harbor's tax profile would state them.
/// </summary>
public sealed class UnstatedValuesTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task Sams_profile_leaves_out_the_language_and_the_marketing_preference_until_an_update_sets_them()
    {
        var (status, before) = await Client.PostBodyAsync("users/profile/", PlatformClient.Body(PlatformClient.Sam, null));
        await Client.SendForJsonAsync(Client.Signer.Create(
            Client.Url("users/profile/"), PlatformClient.Body(PlatformClient.Sam, null, new { phone = "+40 700 000 044" }), HttpMethod.Put));
        var (_, kept) = await Client.PostBodyAsync("users/profile/", PlatformClient.Body(PlatformClient.Sam, null));
        await Client.SendForJsonAsync(Client.Signer.Create(
            Client.Url("users/profile/"), PlatformClient.Body(PlatformClient.Sam, null, new { preferred_language = "ro", marketing_emails = true }), HttpMethod.Put));
        var (_, after) = await Client.PostBodyAsync("users/profile/", PlatformClient.Body(PlatformClient.Sam, null));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["email_notifications", "sms_notifications", "timezone"], Keys(Preferences(before)));
        Assert.Equal(["email_notifications", "sms_notifications", "timezone"], Keys(Preferences(kept)));
        Assert.Equal(("ro", true), (Preferences(after).GetProperty("preferred_language").GetString(), Preferences(after).GetProperty("marketing_emails").GetBoolean()));
    }

    [Fact]
    public async Task Harbors_tax_profile_leaves_out_is_vat_payer_until_an_update_sets_it()
    {
        var (status, before) = await Client.PostAsync("customers/details/", PlatformClient.Dana, PlatformClient.Harbor);
        await Client.PostAsync("customers/tax-profile/", PlatformClient.Dana, PlatformClient.Harbor, new { vat_number = "RO31904683" });
        var (_, kept) = await Client.PostAsync("customers/details/", PlatformClient.Dana, PlatformClient.Harbor);
        await Client.PostAsync("customers/tax-profile/", PlatformClient.Dana, PlatformClient.Harbor, new { is_vat_payer = false });
        var (_, after) = await Client.PostAsync("customers/details/", PlatformClient.Dana, PlatformClient.Harbor);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["cui", "registration_number", "reverse_charge_eligible", "vat_number"], Keys(TaxProfile(before)));
        Assert.Equal(["cui", "registration_number", "reverse_charge_eligible", "vat_number"], Keys(TaxProfile(kept)));
        Assert.False(TaxProfile(after).GetProperty("is_vat_payer").GetBoolean());
    }

    private static JsonElement Preferences(JsonElement answer) => answer.GetProperty("profile").GetProperty("profile");

    private static JsonElement TaxProfile(JsonElement answer) => answer.GetProperty("customer").GetProperty("tax_profile");

    private static IEnumerable<string> Keys(JsonElement json) => json.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal);
}
