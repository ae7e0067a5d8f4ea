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
using Portal.Web.Pages.Shared;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// One patient with insurance, claims and encounters; the four questions leave together. The patient decides the page
/// (not found is the 404 page); insurance, claims and visits are parts of it: when one's service cannot answer, refuses,
/// or sends what cannot be read, the page still shows, with that part saying so.
/// </summary>
public sealed class PatientDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    public Patient? Patient { get; private set; }

    public IReadOnlyList<InsurancePolicy> Policies { get; private set; } = [];

    public IReadOnlyList<ClaimSummary> Claims { get; private set; } = [];

    public IReadOnlyList<Encounter> Encounters { get; private set; } = [];

    /// <summary>Set when the insurance part could not be had; it then says so in place of the policies.</summary>
    public UnavailablePart? PoliciesUnavailable { get; private set; }

    public UnavailablePart? ClaimsUnavailable { get; private set; }

    public UnavailablePart? EncountersUnavailable { get; private set; }

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
        (Policies, PoliciesUnavailable) = await PartAsync("insurance", policies);
        (Claims, ClaimsUnavailable) = await PartAsync("claims", claims);
        (Encounters, EncountersUnavailable) = await PartAsync("visits", encounters);

        Notice = Added ? $"Patient {Patient.FullName} added." : null;
        return Page();
    });

    /// <summary>
    /// A part's list, or none and why (<see cref="Section{T}.LoadBesideAsync"/>): the patient, found, has already answered
    /// for the page, so any refusal of the part's own service marks only that part.
    /// </summary>
    private static async Task<(IReadOnlyList<T> Items, UnavailablePart? Unavailable)> PartAsync<T>(string area, Task<IReadOnlyList<T>> load)
    {
        var part = await Section<IReadOnlyList<T>>.LoadBesideAsync(area, () => load);
        return part.IsAvailable ? (part.Value, null) : ([], UnavailablePart.For(part));
    }
}
