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
/// or sends what cannot be read, the page still shows, with that part saying so.
/// </summary>
public sealed class PatientDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    public Patient? Patient { get; private set; }

    public Section<IReadOnlyList<InsurancePolicy>>? Policies { get; private set; }

    public Section<IReadOnlyList<ClaimSummary>>? Claims { get; private set; }

    public Section<IReadOnlyList<Encounter>>? Encounters { get; private set; }

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
        // The patient, found, has answered for the page: a part's own refusals, "not found" too, mark only that part.
        Policies = await Section<IReadOnlyList<InsurancePolicy>>.LoadBesideAsync("insurance", () => policies);
        Claims = await Section<IReadOnlyList<ClaimSummary>>.LoadBesideAsync("claims", () => claims);
        Encounters = await Section<IReadOnlyList<Encounter>>.LoadBesideAsync("visits", () => encounters);

        Notice = Added ? $"Patient {Patient.FullName} added." : null;
        return Page();
    });

}
