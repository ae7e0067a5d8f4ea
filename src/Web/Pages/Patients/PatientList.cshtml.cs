using Microsoft.AspNetCore.Mvc;
using Portal.Application.Patients.Queries.ListPatients;
using Portal.Domain.Common;
using Portal.Domain.Patients;

namespace Portal.Web.Pages.Patients;

/// <summary>The practice's patients, searchable and paged; new patients appear live.</summary>
public sealed class PatientListModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<Patient>? Patients { get; private set; }

    public Pager? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        var search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        Patients = await Mediator.Send(
            new ListPatientsQuery(AccessFor(signIn), search, Math.Max(PageNumber, 1), PageRequest.DefaultSize), Aborted);
        Pager = new Pager(Link("patients"), Patients.Number, Patients.TotalPages, new Dictionary<string, string?> { ["search"] = search });
        return Page();
    });
}
