using Microsoft.AspNetCore.Mvc;
using Portal.Application.Claims.Queries.ListClaims;
using Portal.Application.Common.Sections;
using Portal.Application.Encounters.Queries.ListEncounters;
using Portal.Application.Insurance.Queries.ListInsurancePolicies;
using Portal.Application.Patients.Queries.GetPatient;
using Portal.Domain.Claims;
using Portal.Domain.Encounters;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// One patient with insurance, claims and encounters; the four questions leave together. The patient decides the page
/// (not found is the 404 page); insurance, claims and visits are parts of it: when one's service cannot answer, refuses,
/// or sends what cannot be read, the page still shows, with that part saying so. The services send each list whole, so
/// each part shows a page of it and pages on its own (<see cref="PagedSections"/>).
/// </summary>
public sealed class PatientDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    /// <summary>The most insurance policies the page shows at once.</summary>
    public const int PoliciesPerPage = 20;

    /// <summary>The most claims the page shows at once.</summary>
    public const int ClaimsPerPage = 20;

    /// <summary>The most visits the page shows at once; a visit recorded live joins them only while they all fit (<c>live.js</c>).</summary>
    public const int VisitsPerPage = 20;

    // In the services' orders: the policies by coverage, the claims by service date, the visits by date.
    private static readonly PagedSection PolicyPages = new("policiesPage", PoliciesPerPage, "insurance policy", "insurance policies", new RowOrder("primary first"), "policies-heading");
    private static readonly PagedSection ClaimPages = new("claimsPage", ClaimsPerPage, "claim", "claims", RowOrder.NewestFirst, "claims-heading");
    private static readonly PagedSection VisitPages = new("visitsPage", VisitsPerPage, "visit", "visits", RowOrder.NewestFirst, "encounters-heading");

    public Patient? Patient { get; private set; }

    public Section<SectionRows<InsurancePolicy>>? Policies { get; private set; }

    public Section<SectionRows<ClaimSummary>>? Claims { get; private set; }

    public Section<SectionRows<Encounter>>? Encounters { get; private set; }

    /// <summary>Set by the redirect after the patient was added: the page says so once, and the flag is not state.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Added { get; set; }

    public Task<IActionResult> OnGetAsync(string patientId) => SignedInAsync(async signIn =>
    {
        var access = AccessFor(signIn);
        var patient = Mediator.Send(new GetPatientQuery(access, patientId), Aborted);
        var policies = Mediator.Send(new ListInsurancePoliciesQuery(access, patientId), Aborted);
        var claims = Mediator.Send(new ListClaimsQuery(access, patientId), Aborted);
        var encounters = Mediator.Send(new ListEncountersQuery(access, patientId), Aborted);
        await Task.WhenAll(patient, policies, claims, encounters).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Patient = await patient;
        var pages = new PagedSections(Link("patients/" + patientId), PageNumberIn, QueryValues("added"), PolicyPages, ClaimPages, VisitPages);
        // The patient, found, has answered for the page: a part's own refusals, "not found" too, mark only that part.
        Policies = await Section<SectionRows<InsurancePolicy>>.LoadBesideAsync("insurance", async () => pages.Cut(PolicyPages, await policies));
        Claims = await Section<SectionRows<ClaimSummary>>.LoadBesideAsync("claims", async () => pages.Cut(ClaimPages, await claims));
        Encounters = await Section<SectionRows<Encounter>>.LoadBesideAsync("visits", async () => pages.Cut(VisitPages, await encounters));
        if (pages.PastTheEnd is { } lastPage)
        {
            return Redirect(lastPage);
        }

        Notice = Added ? $"Patient {Patient.FullName} added." : null;
        return Page();
    });
}
