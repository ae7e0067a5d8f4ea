namespace Portal.Demo.Backend.Data;

/// <summary>
/// The seeded company records and addresses of the three Platform customers: Romanian companies (the Platform is PRAHO,
/// a Romanian provider's), with fiscal codes whose check digits pass the Platform's rule. Riverside has its primary and
/// billing addresses apart, Harbor one address that is both, Summit a single address. Harbor's tax profile does not state
/// whether it is a VAT payer (see <see cref="DemoTaxProfile.IsVatPayer"/>).
/// </summary>
internal static class DemoCompanies
{
    public static Dictionary<string, DemoCompany> Records() => new(StringComparer.Ordinal)
    {
        ["tnt-riverside"] = new()
        {
            TenantId = "tnt-riverside",
            Name = "Riverside Family Practice",
            CompanyName = "Riverside Family Practice SRL",
            PrimaryEmail = "contabilitate@riverside-family.example",
            PrimaryPhone = "+40264450120",
            Website = "https://riverside-family.example",
            Industry = "Medicină de familie",
            TaxProfile = new() { Cui = "RO18547328", VatNumber = "RO18547328", RegistrationNumber = "J12/2874/2006", IsVatPayer = true },
            PaymentTerms = "30",
            PreferredCurrency = "RON",
        },
        ["tnt-harbor"] = new()
        {
            TenantId = "tnt-harbor",
            Name = "Harbor Pediatrics",
            CompanyName = "Harbor Pediatrics SRL",
            PrimaryEmail = "facturare@harbor-pediatrics.example",
            PrimaryPhone = "+40241612300",
            Website = "https://harbor-pediatrics.example",
            Industry = "Pediatrie",
            TaxProfile = new() { Cui = "31904683", RegistrationNumber = "J13/1190/2013", IsVatPayer = null },
            PaymentTerms = "14",
            PreferredCurrency = "RON",
        },
        ["tnt-summit"] = new()
        {
            TenantId = "tnt-summit",
            Name = "Summit Orthopedics",
            CompanyName = "Summit Orthopedics SA",
            PrimaryEmail = "finante@summit-ortho.example",
            PrimaryPhone = "+40268415900",
            Website = "https://summit-ortho.example",
            Industry = "Ortopedie",
            TaxProfile = new() { Cui = "RO42719038", VatNumber = "RO42719038", RegistrationNumber = "J08/455/2020", IsVatPayer = true, ReverseChargeEligible = true },
            PaymentTerms = "45",
            PreferredCurrency = "EUR",
        },
    };

    public static List<DemoAddress> Addresses() =>
    [
        new() { Id = 501, TenantId = "tnt-riverside", IsPrimary = true, Label = "Sediu social", Line1 = "Str. Memorandumului 28", Line2 = "Etaj 3, ap. 12", City = "Cluj-Napoca", County = "Cluj", PostalCode = "400114" },
        new() { Id = 502, TenantId = "tnt-riverside", IsBilling = true, Label = "Contabilitate", Line1 = "Bd. 21 Decembrie 1989 nr. 77", City = "Cluj-Napoca", County = "Cluj", PostalCode = "400604" },
        new() { Id = 503, TenantId = "tnt-riverside", Label = "Cabinet Florești", Line1 = "Str. Avram Iancu 12", City = "Florești", County = "Cluj", PostalCode = "407280" },
        new() { Id = 504, TenantId = "tnt-harbor", IsPrimary = true, IsBilling = true, Label = "Sediu", Line1 = "Bd. Mamaia 255", City = "Constanța", County = "Constanța", PostalCode = "900552" },
        new() { Id = 505, TenantId = "tnt-harbor", Label = "Punct de lucru Mangalia", Line1 = "Str. Ștefan cel Mare 16", City = "Mangalia", County = "Constanța", PostalCode = "905500" },
        new() { Id = 506, TenantId = "tnt-summit", IsPrimary = true, IsBilling = true, Label = "Sediu social", Line1 = "Str. Lungă 110", City = "Brașov", County = "Brașov", PostalCode = "500058" },
    ];
}
