using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// customers (platform-api.md §5): <c>update/</c> and <c>tax-profile/</c> (owner or billing), <c>addresses/</c> (any role)
/// and its <c>add/</c> (201), <c>update/</c>, <c>delete/</c> (soft), <c>set-primary/</c>, <c>set-billing/</c> (owner), with
/// PRAHO's messages and rules: at most ten addresses, one primary and one billing address (setting either clears it on
/// the others), the only primary or billing address cannot be deleted. As on the Platform, a null text field of an
/// address, or a value longer than its column, fails with Django's 500 page instead of a message.
/// </summary>
internal static class PlatformCompanyEndpoints
{
    public const int MaxAddressesPerCustomer = 10;

    private const string OwnerRequired = "Owner role required for this action.";
    private const string OwnerOrBillingRequired = "Owner or billing role required.";

    private const string ServerErrorPage =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n";

    private static readonly string[] DetailFields = ["name", "company_name", "primary_email", "primary_phone", "website", "industry"];

    /// <summary>The address columns and their sizes (<c>CustomerAddress</c>).</summary>
    private static readonly Dictionary<string, int> AddressColumns = new(StringComparer.Ordinal)
    {
        ["label"] = 50,
        ["address_line1"] = 200,
        ["address_line2"] = 200,
        ["city"] = 100,
        ["county"] = 100,
        ["postal_code"] = 10,
        ["country"] = 100,
    };

    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        PlatformRoutes.Post(api, "customers/update/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            if (caller.Membership.Role is not ("owner" or "billing"))
            {
                return PlatformResults.Error(StatusCodes.Status403Forbidden, OwnerOrBillingRequired);
            }

            var changes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in DetailFields.Where(name => call.Body.TryGetProperty(name, out _)))
            {
                var value = call.Body.GetProperty(field);
                if (value.ValueKind != JsonValueKind.String)
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, $"Field '{field}' must be a string.");
                }

                changes[field] = value.GetString()!.Trim();
            }

            lock (world.Sync)
            {
                var company = world.Companies[caller.Customer.Id];
                foreach (var (field, text) in changes)
                {
                    _ = field switch
                    {
                        "name" => company.Name = text,
                        "company_name" => company.CompanyName = text,
                        "primary_email" => company.PrimaryEmail = text,
                        "primary_phone" => company.PrimaryPhone = text,
                        "website" => company.Website = text,
                        _ => company.Industry = text,
                    };
                }
            }

            return PlatformResults.Ok(new { success = true, message = "Customer updated." });
        }));

        PlatformRoutes.Post(api, "customers/tax-profile/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            if (caller.Membership.Role is not ("owner" or "billing"))
            {
                return PlatformResults.Error(StatusCodes.Status403Forbidden, OwnerOrBillingRequired);
            }

            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in new[] { "cui", "vat_number", "registration_number" }.Where(name => call.Body.TryGetProperty(name, out _)))
            {
                var value = call.Body.GetProperty(field);
                if (value.ValueKind != JsonValueKind.String)
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, $"Field '{field}' must be a string.");
                }

                var text = value.GetString()!.Trim();
                if (field == "cui" && text.Length > 0 && PlatformCompany.CuiProblem(text) is { } problem)
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, "Invalid CUI: " + problem);
                }

                texts[field] = text;
            }

            lock (world.Sync)
            {
                var company = world.Companies[caller.Customer.Id];
                var tax = company.TaxProfile ??= new DemoTaxProfile();
                tax.Cui = texts.GetValueOrDefault("cui", tax.Cui);
                tax.VatNumber = texts.GetValueOrDefault("vat_number", tax.VatNumber);
                tax.RegistrationNumber = texts.GetValueOrDefault("registration_number", tax.RegistrationNumber);
                tax.IsVatPayer = Flag(call, "is_vat_payer") ?? tax.IsVatPayer;
                tax.ReverseChargeEligible = Flag(call, "reverse_charge_eligible") ?? tax.ReverseChargeEligible;
            }

            return PlatformResults.Ok(new { success = true, message = "Tax profile updated." });
        }));

        PlatformRoutes.Post(api, "customers/addresses/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
        {
            lock (world.Sync)
            {
                var addresses = Current(world, caller)
                    .OrderByDescending(a => a.IsCurrent)
                    .ThenByDescending(a => a.IsPrimary)
                    .ThenByDescending(a => a.IsBilling)
                    .ThenBy(a => a.Id)
                    .Select(PlatformCompany.Address)
                    .ToList();
                return PlatformResults.Ok(new { success = true, addresses });
            }
        }));

        PlatformRoutes.Post(api, "customers/addresses/add/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            if (caller.Membership.Role != "owner")
            {
                return PlatformResults.Error(StatusCodes.Status403Forbidden, OwnerRequired);
            }

            lock (world.Sync)
            {
                if (Current(world, caller).Count() >= MaxAddressesPerCustomer)
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, $"Maximum of {MaxAddressesPerCustomer} addresses per customer.");
                }

                var line1 = StringOrBlank(call, "address_line1");
                var city = StringOrBlank(call, "city");
                if (line1.Length == 0)
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, "address_line1 is required.");
                }

                if (city.Length == 0)
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, "city is required.");
                }

                // The other columns are stored as sent: a null or a value longer than the column fails in the database.
                if (new[] { "address_line2", "county", "postal_code", "country", "is_current" }.Any(name => IsNull(call, name))
                    || TooLong(call, "address_line2", "county", "postal_code", "country", "label") || line1.Length > 200 || city.Length > 100)
                {
                    return ServerError();
                }

                var address = new DemoAddress
                {
                    Id = world.NextAddressId++,
                    TenantId = caller.Customer.Id,
                    IsPrimary = call.Body.TryGetProperty("is_primary", out var primary) && PlatformCompany.Truthy(primary),
                    IsBilling = call.Body.TryGetProperty("is_billing", out var billing) && PlatformCompany.Truthy(billing),
                    IsCurrent = !call.Body.TryGetProperty("is_current", out var current) || PlatformCompany.Truthy(current),
                    Label = call.Body.TryGetProperty("label", out var label) && PlatformCompany.Truthy(label) ? Text(label).Trim() : string.Empty,
                    Line1 = line1,
                    Line2 = Stored(call, "address_line2", string.Empty),
                    City = city,
                    County = Stored(call, "county", string.Empty),
                    PostalCode = Stored(call, "postal_code", string.Empty),
                    Country = Stored(call, "country", "Romania"),
                };
                world.Addresses.Add(address);
                ClearSiblingFlags(world, address);
                return PlatformResults.Created(new { success = true, address_id = address.Id, message = "Address added." });
            }
        }));

        PlatformRoutes.Post(api, "customers/addresses/update/", (HttpContext context) => AddressChange(world, context, clock, (call, address) =>
        {
            if (AddressColumns.Keys.Concat(["is_primary", "is_billing", "is_current"]).Any(name => IsNull(call, name))
                || TooLong(call, [.. AddressColumns.Keys]))
            {
                return ServerError();
            }

            foreach (var field in AddressColumns.Keys.Where(name => call.Body.TryGetProperty(name, out _)))
            {
                var text = Text(call.Body.GetProperty(field));
                _ = field switch
                {
                    "label" => address.Label = text,
                    "address_line1" => address.Line1 = text,
                    "address_line2" => address.Line2 = text,
                    "city" => address.City = text,
                    "county" => address.County = text,
                    "postal_code" => address.PostalCode = text,
                    _ => address.Country = text,
                };
            }

            address.IsPrimary = call.Body.TryGetProperty("is_primary", out var primary) ? PlatformCompany.Truthy(primary) : address.IsPrimary;
            address.IsBilling = call.Body.TryGetProperty("is_billing", out var billing) ? PlatformCompany.Truthy(billing) : address.IsBilling;
            address.IsCurrent = call.Body.TryGetProperty("is_current", out var current) ? PlatformCompany.Truthy(current) : address.IsCurrent;
            ClearSiblingFlags(world, address);
            return PlatformResults.Ok(new { success = true, message = "Address updated." });
        }));

        PlatformRoutes.Post(api, "customers/addresses/delete/", (HttpContext context) => AddressChange(world, context, clock, (_, address) =>
        {
            if (address.IsPrimary || address.IsBilling)
            {
                var mark = address.IsPrimary ? "primary" : "billing";
                var others = world.Addresses.Any(a => a != address && a.TenantId == address.TenantId && a.DeletedAt is null
                    && (address.IsPrimary ? a.IsPrimary : a.IsBilling));
                if (!others)
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, $"Cannot delete the only {mark} address. Add a replacement first.");
                }
            }

            address.DeletedAt = clock.GetUtcNow();
            return PlatformResults.Ok(new { success = true, message = "Address deleted." });
        }));

        PlatformRoutes.Post(api, "customers/addresses/set-primary/", (HttpContext context) => AddressChange(world, context, clock, (_, address) =>
        {
            address.IsPrimary = true;
            ClearSiblingFlags(world, address);
            return PlatformResults.Ok(new { success = true, message = "Address set as primary." });
        }));

        PlatformRoutes.Post(api, "customers/addresses/set-billing/", (HttpContext context) => AddressChange(world, context, clock, (_, address) =>
        {
            address.IsBilling = true;
            ClearSiblingFlags(world, address);
            return PlatformResults.Ok(new { success = true, message = "Address set as billing." });
        }));
    }

    /// <summary>An owner's change of one of the customer's current addresses, under the world's lock: 400 without an id, 404 for another's.</summary>
    private static IResult AddressChange(DemoWorld world, HttpContext context, TimeProvider clock, Func<PlatformCall, DemoAddress, IResult> change) =>
        PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            if (caller.Membership.Role != "owner")
            {
                return PlatformResults.Error(StatusCodes.Status403Forbidden, OwnerRequired);
            }

            if (!call.Body.TryGetProperty("address_id", out var id) || !PlatformCompany.Truthy(id))
            {
                return PlatformResults.Error(StatusCodes.Status400BadRequest, "address_id is required.");
            }

            lock (world.Sync)
            {
                return call.Id("address_id") is { } addressId && Current(world, caller).FirstOrDefault(a => a.Id == addressId) is { } address
                    ? change(call, address)
                    : PlatformResults.Error(StatusCodes.Status404NotFound, "Address not found.");
            }
        });

    private static IEnumerable<DemoAddress> Current(DemoWorld world, PlatformCaller caller) =>
        world.Addresses.Where(a => a.TenantId == caller.Customer.Id && a.DeletedAt is null);

    /// <summary><c>CustomerAddress.save</c>: a primary or billing address takes that flag from the customer's others.</summary>
    private static void ClearSiblingFlags(DemoWorld world, DemoAddress address)
    {
        foreach (var other in world.Addresses.Where(a => a != address && a.TenantId == address.TenantId && a.DeletedAt is null))
        {
            other.IsPrimary &= !address.IsPrimary;
            other.IsBilling &= !address.IsBilling;
        }
    }

    /// <summary>A string field trimmed, "" for anything else (as <c>addresses/add/</c> reads line 1 and city).</summary>
    private static string StringOrBlank(PlatformCall call, string name) =>
        call.Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;

    private static string Stored(PlatformCall call, string name, string fallback) =>
        call.Body.TryGetProperty(name, out var value) ? Text(value) : fallback;

    /// <summary>What a text column keeps of a JSON value: a string as sent, anything else as its JSON text.</summary>
    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static bool IsNull(PlatformCall call, string name) =>
        call.Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null;

    private static bool TooLong(PlatformCall call, params string[] names) =>
        names.Any(name => call.Body.TryGetProperty(name, out var value) && Text(value).Length > AddressColumns[name]);

    /// <summary>A tax flag: "true", "1", "on", "yes" (any case) or a truthy JSON value; null when not sent.</summary>
    private static bool? Flag(PlatformCall call, string name) =>
        !call.Body.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()!.ToLowerInvariant() is "true" or "1" or "on" or "yes"
        : PlatformCompany.Truthy(value);

    private static IResult ServerError() => Results.Content(ServerErrorPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status500InternalServerError);
}
