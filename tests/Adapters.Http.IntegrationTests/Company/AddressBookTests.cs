using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Addresses.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Addresses;

namespace Portal.Adapters.Http.IntegrationTests.Company;

/// <summary>The address endpoints of platform-api.md §5, their status codes (201 for add) and refusals.</summary>
public sealed class AddressBookTests : PlatformTestBase
{
    private static readonly AddressLines Depot = new("Depot", "Str. Lungă 1", "", "Brașov", "", "", "Romania");

    private IAddressBook Book => Portal.Get<IAddressBook>();

    [Fact]
    public async Task The_list_is_read_in_the_Platforms_order_with_its_marks()
    {
        Platform.OnJson("customers/addresses/", """
            {"success": true, "addresses": [
              {"id": 11, "is_primary": true, "is_billing": false, "label": "Head office", "is_current": true, "address_line1": "Str. Memorandumului 28",
               "address_line2": "Et. 3", "city": "Cluj-Napoca", "county": "Cluj", "country": "Romania", "postal_code": "400114"},
              {"id": 12, "is_primary": false, "is_billing": true, "address_line1": "Bd. 21 Decembrie 1989 nr. 77", "city": "Cluj-Napoca"}]}
            """);

        var addresses = await Book.ListAsync(ScopeFor(Portal), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/customers/addresses/");
        Assert.Equal(
            [
                new CompanyAddress(11, new("Head office", "Str. Memorandumului 28", "Et. 3", "Cluj-Napoca", "Cluj", "400114", "Romania"), true, false, true),
                new CompanyAddress(12, new("", "Bd. 21 Decembrie 1989 nr. 77", "", "Cluj-Napoca", "", "", ""), false, true, true),
            ],
            addresses);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("1.5")]
    [InlineData("\"12/3\"")]
    [InlineData("0")]
    [InlineData("-4")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("null")]
    public async Task An_address_whose_id_is_no_integer_is_left_out_not_the_whole_list(string id)
    {
        Platform.OnJson("customers/addresses/", $$"""
            {"success": true, "addresses": [
              {"id": {{id}}, "is_primary": true, "address_line1": "Str. Memorandumului 28", "city": "Cluj-Napoca"},
              null,
              {"id": "12", "is_billing": true, "address_line1": "Bd. 21 Decembrie 1989 nr. 77", "city": "Cluj-Napoca"}]}
            """);

        var addresses = await Book.ListAsync(ScopeFor(Portal), CancellationToken.None);

        var address = Assert.Single(addresses);
        Assert.Equal((12L, "Bd. 21 Decembrie 1989 nr. 77", true), (address.Id, address.Lines.Line1, address.IsBilling));
    }

    [Fact]
    public async Task An_address_is_added_with_every_text_field_a_string_never_null()
    {
        Platform.OnJson("customers/addresses/add/", """{"success": true, "address_id": 13, "message": "Address added."}""", StatusCodes.Status201Created);

        await Book.AddAsync(ScopeFor(Portal), Depot, primary: false, billing: true, CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/customers/addresses/add/");
        foreach (var field in new[] { "label", "address_line1", "address_line2", "city", "county", "postal_code", "country" })
        {
            Assert.Equal(JsonValueKind.String, request.Json.GetProperty(field).ValueKind);
        }

        Assert.Equal((JsonValueKind.False, JsonValueKind.True), (request.Json.GetProperty("is_primary").ValueKind, request.Json.GetProperty("is_billing").ValueKind));
    }

    [Fact]
    public async Task An_update_names_the_address_and_leaves_its_marks_alone()
    {
        Platform.OnJson("customers/addresses/update/", """{"success": true, "message": "Address updated."}""");

        await Book.UpdateAsync(ScopeFor(Portal), 12, Depot, CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/customers/addresses/update/");
        Assert.Equal(12, request.Json.GetProperty("address_id").GetInt64());
        Assert.False(request.Json.TryGetProperty("is_primary", out _));
        Assert.False(request.Json.TryGetProperty("is_billing", out _));
        Assert.Equal(string.Empty, request.Json.GetProperty("county").GetString());
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("set-primary")]
    [InlineData("set-billing")]
    public async Task Delete_and_the_marks_name_the_address(string endpoint)
    {
        Platform.OnJson($"customers/addresses/{endpoint}/", """{"success": true, "message": "Done."}""");

        await (endpoint switch
        {
            "delete" => Book.DeleteAsync(ScopeFor(Portal), 12, CancellationToken.None),
            "set-primary" => Book.SetPrimaryAsync(ScopeFor(Portal), 12, CancellationToken.None),
            _ => Book.SetBillingAsync(ScopeFor(Portal), 12, CancellationToken.None),
        });

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, $"/api/customers/addresses/{endpoint}/");
        Assert.Equal(12, request.Json.GetProperty("address_id").GetInt64());
    }

    [Theory]
    [InlineData("Maximum of 10 addresses per customer.")]
    [InlineData("Cannot delete the only primary address. Add a replacement first.")]
    public async Task The_Platforms_address_rules_are_rejections_with_its_reason(string reason)
    {
        Platform.OnJson("customers/addresses/delete/", $$"""{"success": false, "error": "{{reason}}"}""", StatusCodes.Status400BadRequest);

        var error = await Assert.ThrowsAsync<RequestRejectedException>(() => Book.DeleteAsync(ScopeFor(Portal), 11, CancellationToken.None));

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public async Task An_address_that_is_not_there_is_not_found()
    {
        Platform.OnJson("customers/addresses/set-primary/", """{"success": false, "error": "Address not found."}""", StatusCodes.Status404NotFound);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Book.SetPrimaryAsync(ScopeFor(Portal), 99, CancellationToken.None));

        Assert.Equal("address", error.What);
    }

    [Fact]
    public async Task A_null_field_answered_with_Djangos_500_page_is_unavailable_not_a_crash()
    {
        Platform.On("customers/addresses/add/", FakePlatform.Html(StatusCodes.Status500InternalServerError));

        await Assert.ThrowsAsync<BackendUnavailableException>(() => Book.AddAsync(ScopeFor(Portal), Depot, false, false, CancellationToken.None));
        Assert.Single(Platform.Requests);
    }
}
