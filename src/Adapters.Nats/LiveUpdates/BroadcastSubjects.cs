using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.LiveUpdates;

/// <summary>
/// The broadcast subjects of a tenant: <c>customer.broadcast.dashboard.&lt;tenantId&gt;</c>,
/// <c>customer.broadcast.patients.&lt;tenantId&gt;</c> and <c>customer.broadcast.encounters.&lt;tenantId&gt;</c>, all
/// matched by the one subscription <see cref="ForTenant"/>.
/// </summary>
internal static class BroadcastSubjects
{
    public const string Dashboard = "dashboard";
    public const string Patients = "patients";
    public const string Encounters = "encounters";

    private const string Prefix = "customer.broadcast.";

    public static string ForTenant(TenantId tenantId) => $"{Prefix}*.{tenantId.Value}";

    /// <summary>The stream ("dashboard", "patients") of a subject of <see cref="ForTenant"/>, or null for anything else.</summary>
    public static string? StreamOf(string subject)
    {
        var tokens = subject.Split('.');
        return tokens.Length == 4 && subject.StartsWith(Prefix, StringComparison.Ordinal) ? tokens[2] : null;
    }
}
