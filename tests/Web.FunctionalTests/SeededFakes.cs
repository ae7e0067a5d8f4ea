using Portal.Domain.Billing;
using Portal.Domain.Claims;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;
using Portal.Domain.Services;
using Portal.Domain.Team;
using Portal.Domain.Tenants;
using Portal.Domain.Tickets;
using Portal.Testing.Fakes;

namespace Portal.Web.FunctionalTests;

/// <summary>The shared fakes filled with the world of <see cref="Samples"/> that every page of <see cref="PortalApp"/> starts from.</summary>
internal static class SeededFakes
{
    /// <summary>Ada signs in with her password; Bob's token is known, for a test to plant.</summary>
    public static FakeIdentityProvider Identity()
    {
        var identity = new FakeIdentityProvider();
        identity.Add(Samples.Ada, Samples.AdaToken, Samples.AdaPassword);
        identity.Add(Samples.Bob, Samples.BobToken);
        return identity;
    }

    /// <summary>
    /// Ada is owner of tenant-1 and viewer of tenant-2; tenant-3 belongs to Bob alone. Each is linked to its Platform
    /// customer (<see cref="Samples.ClinicCustomer"/> and the next ones).
    /// </summary>
    public static FakeTenantDirectory Tenants()
    {
        var tenants = new FakeTenantDirectory();
        tenants.Grant(Samples.Ada.Id, Samples.ClinicTenant());
        tenants.Grant(Samples.Ada.Id, new Tenant(new TenantId("tenant-2"), "Shelbyville Practice", TenantStatus.Active, "viewer", ["patients"]) { PlatformCustomerId = Samples.ClinicCustomer + 1 });
        tenants.Grant(Samples.Bob.Id, new Tenant(new TenantId("tenant-3"), "Capital City Care", TenantStatus.Active, "owner", ["patients"]) { PlatformCustomerId = Samples.ClinicCustomer + 2 });
        return tenants;
    }

    /// <summary>With the Platform alone: Ada is owner of customer 7 and viewer of customer 8; customer 9 is Bob's.</summary>
    public static FakeTenantDirectory Customers()
    {
        var customers = new FakeTenantDirectory();
        customers.Grant(Samples.Ada.Id, Samples.Customer(Samples.ClinicCustomer, "Springfield Clinic SRL", "owner"));
        customers.Grant(Samples.Ada.Id, Samples.Customer(Samples.ClinicCustomer + 1, "Shelbyville SRL", "viewer"));
        customers.Grant(Samples.Bob.Id, Samples.Customer(Samples.ClinicCustomer + 2, "Capital City SRL", "owner"));
        return customers;
    }

    /// <summary>Every patient, also one registered during a test, holds the one sample policy.</summary>
    public static FakeInsurancePolicyRegistry Policies() =>
        new() { ListAnswer = _ => Task.FromResult<IReadOnlyList<InsurancePolicy>>([Samples.Policy()]) };

    /// <summary>
    /// Every patient has the one sample claim, which the clinic's pat-1 holds so that it can be opened, with clm-9 beside it
    /// in a status Portal does not know (<c>in_review</c>).
    /// </summary>
    public static FakeClaimRegistry Claims()
    {
        var claims = new FakeClaimRegistry { ListAnswer = _ => Task.FromResult<IReadOnlyList<Claim>>([Samples.Claim()]) };
        var inReview = Samples.Claim("clm-9");
        claims.Add(
            Samples.Clinic,
            new PatientId("pat-1"),
            Samples.Claim(),
            new Claim(new ClaimSummary(
                inReview.Summary.Id, "CLM-0009", ClaimStatus.Unknown, inReview.Summary.ServiceDate, inReview.Summary.TotalCharge,
                inReview.Summary.PaidAmount, inReview.Summary.Payer) { StatusCode = "in_review" }, inReview.Lines));
        return claims;
    }

    /// <summary>The clinic's pat-1 has two visits, enc-1 (completed) and enc-2 (in progress, the later one).</summary>
    public static FakeEncounterRegistry Encounters()
    {
        var encounters = new FakeEncounterRegistry();
        encounters.Add(Samples.Encounter("enc-1"));
        encounters.Add(Samples.Encounter("enc-2", status: "in_progress", date: Samples.At.AddDays(7)));
        return encounters;
    }

    public static FakePracticeDashboard Dashboard() => new()
    {
        Stats = Samples.Stats(),
        RecentActivity = [Samples.Activity()],
        Alerts = [Samples.Alert()],
    };

    /// <summary>Invoices INV-2026-0001 (issued) and INV-2026-0002 (overdue), each with a PDF, and proforma PRO-1 with its PDF.</summary>
    public static FakeBillingLedger Billing()
    {
        var billing = new FakeBillingLedger { Summary = Samples.BillingSummary() };
        foreach (var (number, status) in new[] { ("INV-2026-0001", InvoiceStatus.Issued), ("INV-2026-0002", InvoiceStatus.Overdue) })
        {
            billing.Add(Samples.Invoice(number, status));
            billing.Add(Samples.InvoiceWithLines(number));
            billing.AddPdf(new InvoiceNumber(number), Samples.PdfBytes);
        }

        billing.Add(Samples.Proforma("PRO-1"));
        billing.AddPdf(new ProformaNumber("PRO-1"), Samples.PdfBytes);
        billing.Add(Samples.ProformaWithLines("PRO-1"));
        return billing;
    }

    /// <summary>Service svc-1 (active, with its details) and svc-2 (suspended), and the plans of <see cref="Samples.Plans"/>.</summary>
    public static FakeServiceCatalog Catalog()
    {
        var catalog = new FakeServiceCatalog { Summary = Samples.ServicesSummary(), Plans = Samples.Plans() };
        catalog.Add(Samples.Service("svc-1"));
        catalog.Add(Samples.Service("svc-2", ServiceStatus.Suspended));
        catalog.Add(Samples.ServiceDetail("svc-1"));
        return catalog;
    }

    /// <summary>Ticket tk-1 (open) and tk-closed (closed, so replies to it are refused).</summary>
    public static FakeSupportDesk Support()
    {
        var support = new FakeSupportDesk { Summary = Samples.TicketsSummary() };
        support.Add(Samples.Ticket("tk-1"));
        support.Add(Samples.Ticket("tk-closed", TicketStatus.Closed));
        return support;
    }

    /// <summary>Ada (owner), Grace (tech) and Linus (viewer) in the clinic's team.</summary>
    public static FakeTeamDirectory Team()
    {
        var team = new FakeTeamDirectory();
        team.Add(new TeamMember(Samples.AdaPlatformId, Samples.AdaEmail, "Ada", "Lovelace", "owner", true, Samples.At));
        team.Add(new TeamMember(Samples.GracePlatformId, "grace@example.com", "Grace", "Hopper", "tech", false, Samples.At));
        team.Add(new TeamMember(Samples.LinusPlatformId, "linus@example.com", "Linus", "Torvalds", "viewer", false, null));
        return team;
    }
}
