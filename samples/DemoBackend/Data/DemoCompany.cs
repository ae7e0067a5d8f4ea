namespace Portal.Demo.Backend.Data;

/// <summary>
/// A Platform customer's company record (<c>customers/details/</c>): its details, tax profile and billing profile. The
/// details and the tax profile change under <see cref="DemoWorld.Sync"/> (<c>customers/update/</c>, <c>tax-profile/</c>).
/// </summary>
internal sealed class DemoCompany
{
    public required string TenantId { get; init; }

    public required string Name { get; set; }

    public required string CompanyName { get; set; }

    public required string PrimaryEmail { get; set; }

    public required string PrimaryPhone { get; set; }

    public required string Website { get; set; }

    public required string Industry { get; set; }

    /// <summary>Null until a tax profile is stored; <c>tax-profile/</c> creates one.</summary>
    public DemoTaxProfile? TaxProfile { get; set; }

    /// <summary>Days as text, as the Platform sends them.</summary>
    public required string PaymentTerms { get; init; }

    public required string PreferredCurrency { get; init; }
}
