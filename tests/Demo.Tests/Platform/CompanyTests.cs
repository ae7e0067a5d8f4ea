using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>customers/update, tax-profile and addresses/* as platform-api.md §5 describes them, role rules and quirks included.</summary>
public sealed class CompanyTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private const string OwnerRequired = "Owner role required for this action.";
    private const string OwnerOrBillingRequired = "Owner or billing role required.";

    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task Details_carry_the_seeded_romanian_company_with_its_profiles()
    {
        var (status, json) = await Client.PostAsync("customers/details/", PlatformClient.Sam, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.OK, status);
        var customer = json.GetProperty("customer");
        Assert.Equal("Riverside Family Practice SRL", customer.GetProperty("display_name").GetString());
        Assert.Equal("RO18547328", customer.GetProperty("tax_profile").GetProperty("cui").GetString());
        Assert.Equal("30", customer.GetProperty("billing_profile").GetProperty("payment_terms").GetString());
        Assert.False(json.TryGetProperty("meta", out _));
    }

    [Theory]
    [InlineData(PlatformClient.Dana, PlatformClient.Harbor)]
    [InlineData(PlatformClient.Dana, PlatformClient.Riverside)]
    public async Task Owner_and_billing_members_update_the_details_trimmed(long user, long customer)
    {
        var (status, json) = await Client.PostAsync("customers/update/", user, customer, new { industry = "  Medicină  " });
        var (_, details) = await Client.PostAsync("customers/details/", user, customer);

        Assert.Equal((HttpStatusCode.OK, "Customer updated."), (status, json.GetProperty("message").GetString()));
        Assert.Equal("Medicină", details.GetProperty("customer").GetProperty("industry").GetString());
    }

    [Theory]
    [InlineData(PlatformClient.Marco, PlatformClient.Summit, "customers/update/")]
    [InlineData(PlatformClient.Sam, PlatformClient.Riverside, "customers/update/")]
    [InlineData(PlatformClient.Sam, PlatformClient.Riverside, "customers/tax-profile/")]
    public async Task Tech_and_viewer_members_may_not_change_the_company(long user, long customer, string endpoint)
    {
        var (status, json) = await Client.PostAsync(endpoint, user, customer, new { name = "Forged" });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(OwnerOrBillingRequired, json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_detail_that_is_not_a_string_is_refused_by_name()
    {
        var (status, json) = await Client.PostAsync("customers/update/", PlatformClient.Dana, PlatformClient.Riverside, new { website = (string?)null });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Field 'website' must be a string.", json.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("RO18547329", "Invalid CUI: CUI check digit mismatch")]
    [InlineData("RO-1854", "Invalid CUI: CUI must contain only digits")]
    [InlineData("RO1", "Invalid CUI: CUI must have 2-10 digits")]
    public async Task A_cui_is_checked_as_PRAHO_checks_it(string cui, string error)
    {
        var (status, json) = await Client.PostAsync("customers/tax-profile/", PlatformClient.Dana, PlatformClient.Harbor, new { cui });

        Assert.Equal((HttpStatusCode.BadRequest, error), (status, json.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task The_tax_profile_takes_valid_codes_and_string_flags()
    {
        var (status, _) = await Client.PostAsync("customers/tax-profile/", PlatformClient.Dana, PlatformClient.Harbor,
            new { cui = "ro31904683", vat_number = "RO31904683", is_vat_payer = "yes", reverse_charge_eligible = "off" });
        var (_, details) = await Client.PostAsync("customers/details/", PlatformClient.Dana, PlatformClient.Harbor);

        Assert.Equal(HttpStatusCode.OK, status);
        var tax = details.GetProperty("customer").GetProperty("tax_profile");
        Assert.Equal(("ro31904683", true, false), (tax.GetProperty("cui").GetString(), tax.GetProperty("is_vat_payer").GetBoolean(), tax.GetProperty("reverse_charge_eligible").GetBoolean()));
    }

    [Fact]
    public async Task Any_member_lists_the_addresses_current_primary_and_billing_first()
    {
        var (status, json) = await Client.PostAsync("customers/addresses/", PlatformClient.Sam, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.OK, status);
        var addresses = json.GetProperty("addresses").EnumerateArray().ToList();
        Assert.True(addresses[0].GetProperty("is_primary").GetBoolean());
        Assert.True(addresses[1].GetProperty("is_billing").GetBoolean());
        Assert.Equal(
            ["address_line1", "address_line2", "city", "country", "county", "id", "is_billing", "is_current", "is_primary", "label", "postal_code"],
            addresses[0].EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("customers/addresses/add/")]
    [InlineData("customers/addresses/update/")]
    [InlineData("customers/addresses/delete/")]
    [InlineData("customers/addresses/set-primary/")]
    [InlineData("customers/addresses/set-billing/")]
    public async Task Only_an_owner_changes_addresses(string endpoint)
    {
        var (status, json) = await Client.PostAsync(endpoint, PlatformClient.Dana, PlatformClient.Harbor, new { address_id = 504, address_line1 = "X", city = "Y" });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(OwnerRequired, json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_added_billing_address_takes_the_mark_and_a_deleted_one_is_gone()
    {
        var (status, added) = await Client.PostAsync("customers/addresses/add/", PlatformClient.Dana, PlatformClient.Riverside,
            new { address_line1 = " Str. Lungă 1 ", city = "Brașov", is_billing = true });
        var id = added.GetProperty("address_id").GetInt64();
        var withIt = await AddressesAsync();
        var (deleteRefused, refusal) = await Client.PostAsync("customers/addresses/delete/", PlatformClient.Dana, PlatformClient.Riverside, new { address_id = id });
        await Client.PostAsync("customers/addresses/set-billing/", PlatformClient.Dana, PlatformClient.Riverside, new { address_id = 502 });
        var (deleted, _) = await Client.PostAsync("customers/addresses/delete/", PlatformClient.Dana, PlatformClient.Riverside, new { address_id = id });
        var (again, gone) = await Client.PostAsync("customers/addresses/set-primary/", PlatformClient.Dana, PlatformClient.Riverside, new { address_id = id });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("Address added.", added.GetProperty("message").GetString());
        Assert.Equal([id], withIt.Where(a => a.GetProperty("is_billing").GetBoolean()).Select(a => a.GetProperty("id").GetInt64()));
        Assert.Equal("Str. Lungă 1", withIt.Single(a => a.GetProperty("id").GetInt64() == id).GetProperty("address_line1").GetString());
        Assert.Equal("Romania", withIt.Single(a => a.GetProperty("id").GetInt64() == id).GetProperty("country").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "Cannot delete the only billing address. Add a replacement first."), (deleteRefused, refusal.GetProperty("error").GetString()));
        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.Equal((HttpStatusCode.NotFound, "Address not found."), (again, gone.GetProperty("error").GetString()));
        Assert.DoesNotContain(await AddressesAsync(), a => a.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task An_eleventh_address_is_refused_and_required_fields_are_named()
    {
        var added = new List<long>();
        var existing = (await AddressesAsync()).Count;
        for (var i = existing; i < 10; i++)
        {
            var (_, json) = await Client.PostAsync("customers/addresses/add/", PlatformClient.Dana, PlatformClient.Riverside, new { address_line1 = "Str. " + i, city = "Cluj-Napoca" });
            added.Add(json.GetProperty("address_id").GetInt64());
        }

        var (full, fullJson) = await Client.PostAsync("customers/addresses/add/", PlatformClient.Dana, PlatformClient.Riverside, new { address_line1 = "Str. 11", city = "Cluj-Napoca" });
        foreach (var id in added)
        {
            await Client.PostAsync("customers/addresses/delete/", PlatformClient.Dana, PlatformClient.Riverside, new { address_id = id });
        }

        var (noCity, noCityJson) = await Client.PostAsync("customers/addresses/add/", PlatformClient.Dana, PlatformClient.Riverside, new { address_line1 = "Str. 12" });
        var (noId, noIdJson) = await Client.PostAsync("customers/addresses/update/", PlatformClient.Dana, PlatformClient.Riverside, new { city = "X" });

        Assert.Equal((HttpStatusCode.BadRequest, "Maximum of 10 addresses per customer."), (full, fullJson.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "city is required."), (noCity, noCityJson.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "address_id is required."), (noId, noIdJson.GetProperty("error").GetString()));
        Assert.Equal(existing, (await AddressesAsync()).Count);
    }

    [Fact]
    public async Task Set_primary_clears_the_mark_on_the_others_and_another_customers_address_is_not_found()
    {
        var (status, json) = await Client.PostAsync("customers/addresses/set-primary/", PlatformClient.Dana, PlatformClient.Riverside, new { address_id = 503 });
        var primaries = (await AddressesAsync()).Where(a => a.GetProperty("is_primary").GetBoolean()).Select(a => a.GetProperty("id").GetInt64()).ToList();
        await Client.PostAsync("customers/addresses/set-primary/", PlatformClient.Dana, PlatformClient.Riverside, new { address_id = 501 });
        var (foreign, _) = await Client.PostAsync("customers/addresses/set-primary/", PlatformClient.Dana, PlatformClient.Riverside, new { address_id = 506 });

        Assert.Equal((HttpStatusCode.OK, "Address set as primary."), (status, json.GetProperty("message").GetString()));
        Assert.Equal([503L], primaries);
        Assert.Equal(HttpStatusCode.NotFound, foreign);
    }

    [Fact]
    public async Task A_null_text_field_of_an_address_fails_with_Djangos_500_page()
    {
        using var response = await Client.SendAsync(Client.Signer.Create(
            Client.Url("customers/addresses/update/"),
            PlatformClient.Body(PlatformClient.Dana, PlatformClient.Riverside, new { address_id = 503, county = (string?)null })));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<List<JsonElement>> AddressesAsync()
    {
        var (_, json) = await Client.PostAsync("customers/addresses/", PlatformClient.Dana, PlatformClient.Riverside);
        return [.. json.GetProperty("addresses").EnumerateArray()];
    }
}
