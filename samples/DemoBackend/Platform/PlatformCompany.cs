using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>The shapes and rules of platform-api.md §5 the company endpoints share: <c>Customer</c>, <c>Address</c>, the CUI check.</summary>
internal static partial class PlatformCompany
{
    /// <summary>The <c>Customer</c> object of <c>customers/details/</c>; the caller holds <see cref="DemoWorld.Sync"/>.</summary>
    public static object Customer(DemoWorld world, DemoTenant customer)
    {
        var company = world.Companies[customer.Id];
        return new
        {
            id = customer.PlatformCustomerId,
            display_name = company.CompanyName.Length > 0 ? company.CompanyName : company.Name,
            customer_type = "company",
            status = "active",
            created_at = PlatformDates.Local(customer.CreatedAt),
            updated_at = PlatformDates.Local(customer.CreatedAt.AddDays(30)),
            name = company.Name,
            company_name = company.CompanyName,
            primary_email = company.PrimaryEmail,
            primary_phone = company.PrimaryPhone,
            website = company.Website,
            industry = company.Industry,
            tax_profile = company.TaxProfile is { } tax
                ? PlatformResults.WithoutNulls(
                    ("vat_number", tax.VatNumber),
                    ("cui", tax.Cui),
                    ("registration_number", tax.RegistrationNumber),
                    ("is_vat_payer", tax.IsVatPayer),
                    ("reverse_charge_eligible", tax.ReverseChargeEligible))
                : null,
            billing_profile = new { payment_terms = company.PaymentTerms, preferred_currency = company.PreferredCurrency },
        };
    }

    public static object Address(DemoAddress address) => new
    {
        id = address.Id,
        is_primary = address.IsPrimary,
        is_billing = address.IsBilling,
        label = address.Label,
        is_current = address.IsCurrent,
        address_line1 = address.Line1,
        address_line2 = address.Line2,
        city = address.City,
        county = address.County,
        country = address.Country,
        postal_code = address.PostalCode,
    };

    /// <summary>
    /// Why <paramref name="cui"/> fails PRAHO's <c>CUIValidator.validate_strict</c>, in its words, or null: an optional RO
    /// prefix, 2–10 digits, and from 8 digits on a check digit over the preceding digits left-padded to 8 and weighted
    /// 7, 5, 3, 2, 1, 7, 5, 3, 2 from the left (×10 mod 11, 10 counting as 0).
    /// </summary>
    public static string? CuiProblem(string cui)
    {
        var match = PrefixAndBody().Match(cui);
        var body = match.Groups[2].Value;
        if (body.Length > 0 && !body.All(char.IsAsciiDigit))
        {
            return "CUI must contain only digits";
        }

        if (body.Length is < 2 or > 10)
        {
            return "CUI must have 2-10 digits";
        }

        if (body.Length >= 8)
        {
            int[] weights = [7, 5, 3, 2, 1, 7, 5, 3, 2];
            var padded = body[..^1].PadLeft(8, '0');
            var remainder = padded.Zip(weights, (digit, weight) => (digit - '0') * weight).Sum() * 10 % 11;
            if ((remainder >= 10 ? 0 : remainder) != body[^1] - '0')
            {
                return "CUI check digit mismatch";
            }
        }

        return null;
    }

    /// <summary>Python's truthiness of a JSON value, as <c>bool(value)</c> judges the flags of <c>addresses/add/</c>.</summary>
    public static bool Truthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Number => value.GetDouble() != 0,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => false,
    };

    [GeneratedRegex("^(RO)?(.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PrefixAndBody();
}
