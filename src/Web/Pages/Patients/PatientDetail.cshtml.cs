using Microsoft.AspNetCore.Mvc;
using Portal.Application.Claims.Queries.ListClaims;
using Portal.Application.Insurance.Queries.ListInsurancePolicies;
using Portal.Application.Patients.Queries.GetPatient;
using Portal.Domain.Claims;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;

namespace Portal.Web.Pages.Patients;

/// <summary>One patient with insurance and claims; the three questions leave together.</summary>
public sealed class PatientDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    public Patient? Patient { get; private set; }

    public IReadOnlyList<InsurancePolicy> Policies { get; private set; } = [];

    public IReadOnlyList<ClaimSummary> Claims { get; private set; } = [];

    /// <summary>Set by the redirect after the patient was added: the page says so once, and the flag is not state.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Added { get; set; }

    public Task<IActionResult> OnGetAsync(string patientId) => SignedInAsync(async signIn =>
    {
        var access = AccessFor(signIn);
        var patient = Mediator.Send(new GetPatientQuery(access, patientId), Aborted);
        var policies = Mediator.Send(new ListInsurancePoliciesQuery(access, patientId), Aborted);
        var claims = Mediator.Send(new ListClaimsQuery(access, patientId), Aborted);
        await Task.WhenAll(patient, policies, claims).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Patient = await patient;
        Policies = await policies;
        Claims = await claims;
        Notice = Added ? $"Patient {Patient.FullName} added." : null;
        return Page();
    });
}
