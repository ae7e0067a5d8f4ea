using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Company.Ports;
using Portal.Domain.Company;

namespace Portal.Adapters.Http.IntegrationTests.Company;

/// <summary>The company area's details, update and tax profile against answers shaped as platform-api.md §5 says.</summary>
public sealed class CompanyRecordsTests : PlatformTestBase
{
    private const string CustomerJson = """
        {"success": true, "customer": {"id": 7, "display_name": "Lima Dental SRL", "customer_type": "company", "status": "active",
         "created_at": "2025-01-10T09:00:00+02:00", "updated_at": "2026-11-20T09:00:00+02:00", "name": "Lima Dental",
         "company_name": "Lima Dental SRL", "primary_email": "office@lima-dental.example", "primary_phone": "+40212223344",
         "website": "https://lima-dental.example", "industry": "Dentistry",
         "tax_profile": {"vat_number": "RO18547328", "cui": "RO18547328", "registration_number": "J40/1234/2015", "is_vat_payer": true, "reverse_charge_eligible": false},
         "billing_profile": {"payment_terms": "30", "preferred_currency": "RON"}}}
        """;

    private ICompanyRecords Records => Portal.Get<ICompanyRecords>();

    [Fact]
    public async Task The_details_are_read_with_their_tax_and_billing_profiles()
    {
        Platform.OnJson("customers/details/", CustomerJson);

        var company = await Records.GetAsync(ScopeFor(Portal), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/customers/details/");
        Assert.Equal("Lima Dental SRL", company.DisplayName);
        Assert.Equal(new CompanyDetails("Lima Dental", "Lima Dental SRL", "office@lima-dental.example", "+40212223344", "https://lima-dental.example", "Dentistry"), company.Details);
        Assert.Equal(new TaxProfile("RO18547328", "RO18547328", "J40/1234/2015", true, false), company.TaxProfile);
        Assert.Equal(new BillingProfile(30, "RON"), company.BillingProfile);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"RO123\"")]
    [InlineData("[]")]
    public async Task Missing_or_unreadable_profiles_and_fields_degrade_one_value_each(string taxProfile)
    {
        Platform.OnJson("customers/details/", $$$$"""
            {"success": true, "customer": {"id": 7, "name": "Lima Dental", "tax_profile": {{{{taxProfile}}}},
             "billing_profile": {"payment_terms": "net thirty", "preferred_currency": "eur"}}}
            """);

        var company = await Records.GetAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal("Lima Dental", company.DisplayName);
        Assert.Equal(string.Empty, company.Details.PrimaryEmail);
        Assert.Null(company.TaxProfile);
        Assert.Equal(new BillingProfile(null, "EUR"), company.BillingProfile);
    }

    [Theory]
    [InlineData("")]
    [InlineData(", \"is_vat_payer\": null, \"reverse_charge_eligible\": \"maybe\"")]
    public async Task A_tax_flag_the_Platform_does_not_state_is_unknown_not_false(string flags)
    {
        Platform.OnJson("customers/details/", $$$$"""
            {"success": true, "customer": {"id": 7, "name": "Lima Dental",
             "tax_profile": {"vat_number": "RO18547328", "cui": "RO18547328", "registration_number": "J40/1234/2015"{{{{flags}}}}}}}
            """);

        var company = await Records.GetAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal(new TaxProfile("RO18547328", "RO18547328", "J40/1234/2015", null, null), company.TaxProfile);
    }

    [Fact]
    public async Task An_update_sends_every_detail_as_a_string_once()
    {
        Platform.OnJson("customers/update/", """{"success": true, "message": "Customer updated."}""");

        await Records.UpdateDetailsAsync(ScopeFor(Portal), new CompanyDetails("Lima Dental", "", "office@lima.example", "", "", "Dentistry"), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/customers/update/");
        foreach (var field in new[] { "name", "company_name", "primary_email", "primary_phone", "website", "industry" })
        {
            Assert.Equal(JsonValueKind.String, request.Json.GetProperty(field).ValueKind);
        }

        Assert.Equal(("Lima Dental", "", "office@lima.example"), (
            request.Json.GetProperty("name").GetString(), request.Json.GetProperty("company_name").GetString(), request.Json.GetProperty("primary_email").GetString()));
    }

    [Fact]
    public async Task The_tax_profile_sends_strings_and_json_booleans()
    {
        Platform.OnJson("customers/tax-profile/", """{"success": true, "message": "Tax profile updated."}""");

        await Records.UpdateTaxProfileAsync(ScopeFor(Portal), new TaxProfile("RO18547328", "", "J40/1234/2015", false, true), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/customers/tax-profile/");
        Assert.Equal("RO18547328", request.Json.GetProperty("cui").GetString());
        Assert.Equal(JsonValueKind.String, request.Json.GetProperty("vat_number").ValueKind);
        Assert.Equal(JsonValueKind.False, request.Json.GetProperty("is_vat_payer").ValueKind);
        Assert.Equal(JsonValueKind.True, request.Json.GetProperty("reverse_charge_eligible").ValueKind);
    }

    /// <summary>The Platform keeps a flag whose key is missing; a JSON null it would store as false.</summary>
    [Fact]
    public async Task A_tax_flag_left_unstated_is_left_out_of_the_update()
    {
        Platform.OnJson("customers/tax-profile/", """{"success": true, "message": "Tax profile updated."}""");

        await Records.UpdateTaxProfileAsync(ScopeFor(Portal), new TaxProfile("RO18547328", "", "J40/1234/2015", null, true), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        Assert.False(request.Json.TryGetProperty("is_vat_payer", out _));
        Assert.Equal(JsonValueKind.True, request.Json.GetProperty("reverse_charge_eligible").ValueKind);
        Assert.Equal("RO18547328", request.Json.GetProperty("cui").GetString());
    }

    [Fact]
    public async Task An_invalid_cui_is_rejected_with_the_platforms_reason()
    {
        Platform.OnJson("customers/tax-profile/", """{"success": false, "error": "Invalid CUI: CUI check digit mismatch"}""", StatusCodes.Status400BadRequest);

        var error = await Assert.ThrowsAsync<RequestRejectedException>(
            () => Records.UpdateTaxProfileAsync(ScopeFor(Portal), new TaxProfile("RO18547329", "", "", true, false), CancellationToken.None));

        Assert.Equal("Invalid CUI: CUI check digit mismatch", error.Message);
    }

    [Fact]
    public async Task A_change_the_Platform_refuses_for_the_role_is_not_permitted()
    {
        Platform.OnJson("customers/update/", """{"success": false, "error": "Owner or billing role required."}""", StatusCodes.Status403Forbidden);

        var error = await Assert.ThrowsAsync<ActionNotPermittedException>(
            () => Records.UpdateDetailsAsync(ScopeFor(Portal), new CompanyDetails("Lima", "", "", "", "", ""), CancellationToken.None));

        Assert.Equal("The Platform does not allow this for your role: Owner or billing role required.", error.Message);
    }

    [Fact]
    public async Task A_change_is_sent_once_even_when_the_Platform_answers_503()
    {
        Platform.OnJson("customers/update/", """{"success": false, "error": "Service unavailable"}""", StatusCodes.Status503ServiceUnavailable);

        await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Records.UpdateDetailsAsync(ScopeFor(Portal), new CompanyDetails("Lima", "", "", "", "", ""), CancellationToken.None));

        Assert.Single(Platform.Requests);
    }
}
