namespace Portal.Adapters.Nats.Requests;

/// <summary>Every request subject Portal sends, in one place; the contract is docs/contracts/htpi-nats-contract.md and CONTRACT.md.</summary>
internal static class HtpiOperations
{
    public static HtpiOperation Login { get; } = new(HtpiArea.Auth, "htpi.auth.login", "account");

    public static HtpiOperation VerifyToken { get; } = new(HtpiArea.Auth, "htpi.auth.verify", "account");

    public static HtpiOperation SignOut { get; } = new(HtpiArea.Auth, "htpi.auth.logout", "account");

    public static HtpiOperation ListTenantsForUser { get; } = new(HtpiArea.Tenants, "htpi.tenant.list.for.user", "tenant");

    public static HtpiOperation VerifyTenantAccess { get; } = new(HtpiArea.Tenants, "htpi.tenant.verify.access", "tenant");

    public static HtpiOperation DashboardStats { get; } = new(HtpiArea.Dashboard, "htpi.dashboard.get.stats", "tenant");

    public static HtpiOperation DashboardActivity { get; } = new(HtpiArea.Dashboard, "htpi.dashboard.get.activity", "tenant");

    public static HtpiOperation DashboardAlerts { get; } = new(HtpiArea.Dashboard, "htpi.dashboard.get.alerts", "tenant");

    public static HtpiOperation ListPatients { get; } = new(HtpiArea.Patients, "htpi.patient.list", "tenant");

    public static HtpiOperation GetPatient { get; } = new(HtpiArea.Patients, "htpi.patient.get", "patient");

    public static HtpiOperation CreatePatient { get; } = new(HtpiArea.Patients, "htpi.patient.create", "tenant");

    public static HtpiOperation ListInsuranceForPatient { get; } = new(HtpiArea.Insurance, "htpi.insurance.list.for.patient", "patient");

    public static HtpiOperation ListClaimsForPatient { get; } = new(HtpiArea.Claims, "htpi.claims.list.for.patient", "patient");

    public static HtpiOperation GetClaim { get; } = new(HtpiArea.Claims, "htpi.claims.get", "claim");

    public static HtpiOperation ListEncountersForPatient { get; } = new(HtpiArea.Encounters, "htpi.encounters.list.for.patient", "patient");

    public static HtpiOperation GetEncounter { get; } = new(HtpiArea.Encounters, "htpi.encounters.get", "encounter");
}
