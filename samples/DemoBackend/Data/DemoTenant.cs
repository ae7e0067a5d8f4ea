namespace Portal.Demo.Backend.Data;

/// <summary>
/// A practice on HTPI. When <see cref="PlatformCustomerId"/> is set it is also that customer of the Platform (the link
/// htpi-nats-contract.md names <c>settings.platform_customer_id</c>); without it the practice has no Platform side.
/// <see cref="ClaimMdApiKey"/> is the secret the tenant service carries in <c>settings.claimmd_accounts[].api_key</c>.
/// </summary>
internal sealed record DemoTenant(
    string Id,
    string Name,
    string Domain,
    string Specialty,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Features,
    IReadOnlyList<DemoCity> Cities,
    DemoBillTo BillTo,
    long? PlatformCustomerId,
    string ClaimMdApiKey);
