using Microsoft.AspNetCore.Mvc;
using Portal.Application.Claims.Queries.ListClaims;
using Portal.Application.Common.Exceptions;
using Portal.Application.Encounters.Queries.ListEncounters;
using Portal.Application.Insurance.Queries.ListInsurancePolicies;
using Portal.Application.Patients.Queries.GetPatient;
using Portal.Domain.Claims;
using Portal.Domain.Encounters;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// One patient with insurance, claims and encounters; the four questions leave together. The encounters come from
/// their own service: when it cannot answer, the page still shows, with that section saying so.
/// </summary>
public sealed class PatientDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    public Patient? Patient { get; private set; }

    public IReadOnlyList<InsurancePolicy> Policies { get; private set; } = [];

    public IReadOnlyList<ClaimSummary> Claims { get; private set; } = [];

    public IReadOnlyList<Encounter> Encounters { get; private set; } = [];

    public bool EncountersUnavailable { get; private set; }

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
        Policies = await policies;
        Claims = await claims;
        try
        {
            Encounters = await encounters;
        }
        catch (BackendUnavailableException)
        {
            EncountersUnavailable = true;
        }

        Notice = Added ? $"Patient {Patient.FullName} added." : null;
        return Page();
    });
}
