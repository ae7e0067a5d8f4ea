namespace Portal.Demo.Backend.Data;

/// <summary>A practice on HTPI and, under the same id, a customer of the Platform: one login sees both worlds.</summary>
internal sealed record DemoTenant(
    string Id,
    string Name,
    string Domain,
    string Specialty,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Features,
    IReadOnlyList<DemoCity> Cities,
    DemoBillTo BillTo);
