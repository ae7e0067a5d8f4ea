using Microsoft.AspNetCore.Mvc;
using Portal.Application.Patients.Queries.ListPatients;
using Portal.Domain.Common;
using Portal.Domain.Patients;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// The practice's patients, searchable, paged and sortable within the page. A new patient is offered live by a "show"
/// note on every view, never put in (the service orders the list, and Portal cannot know where it belongs); changes to
/// and removals of patients follow live only on the plain first page, and any other view offers them the same way.
/// </summary>
public sealed class PatientListModel(PortalPageServices services) : ListPageModel<Patient>(services)
{
    private static readonly Dictionary<string, Func<Patient, IComparable?>> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = p => p.PatientNumber,
        ["name"] = p => p.LastName + " " + p.FirstName,
        ["born"] = p => p.DateOfBirth,
    };

    public string? Search => QueryValue("search");

    /// <summary>
    /// True when live.js may follow changes on the page itself (replace a changed patient's row, take a removed one out and
    /// lower the count) without changing what the list means: its plain first page, counted as the service counts it.
    /// Once a row of the page was left out, the count is no longer the service's, so the page numbers live.js would move
    /// with it could differ from the service's pages.
    /// </summary>
    public bool FollowsLive => SearchTerm is null && Sort is null && List is { Number: 1, RowsLeftOut: 0 };

    private string? SearchTerm => Search?.Trim();

    protected override string ListPath => Link("patients");

    protected override IReadOnlyDictionary<string, string?> Filters => new Dictionary<string, string?> { ["search"] = SearchTerm };

    protected override IReadOnlyDictionary<string, Func<Patient, IComparable?>> SortKeys => Columns;

    public Task<IActionResult> OnGetAsync() => SignedInAsync(signIn =>
        ListAsync(page => Mediator.Send(new ListPatientsQuery(AccessFor(signIn), SearchTerm, page, PageRequest.DefaultSize), Aborted)));
}
