namespace Portal.Demo.Backend.Data;

/// <summary>A customer's tax profile; changed under <see cref="DemoWorld.Sync"/>.</summary>
internal sealed class DemoTaxProfile
{
    public string Cui { get; set; } = string.Empty;

    public string VatNumber { get; set; } = string.Empty;

    public string RegistrationNumber { get; set; } = string.Empty;

    /// <summary>
    /// The Platform's model defaults a new profile to a VAT payer. Null is left out of the answer, key and all, as PRAHO's
    /// column never is: Harbor's is seeded so, to show how Portal offers a flag the Platform does not state.
    /// </summary>
    public bool? IsVatPayer { get; set; } = true;

    public bool ReverseChargeEligible { get; set; }
}
