using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Sections;
using Portal.Application.Privacy.Commands.RequestDataExport;
using Portal.Application.Privacy.Queries.GetConsentHistory;
using Portal.Application.Privacy.Queries.ListDataExports;
using Portal.Domain.Privacy;
using Portal.Web.Identity;

namespace Portal.Web.Pages.Account;

/// <summary>
/// The user's personal data rights: their consent history, and "request a copy of my data" with how far each earlier
/// request got. The Platform has no download for a copy: the page says that the provider sends it or makes it available,
/// as PRAHO's own portal does. Each list is its own part, so one that fails leaves the other and the form usable.
/// </summary>
public sealed class PrivacyModel(PortalPageServices services) : AccountPageModel(services)
{
    public const string Purpose = "account.data-export";

    /// <summary>Set by the redirect after a request (a flag, not state).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Requested { get; set; }

    public Section<ConsentHistory> History { get; private set; } = Section<ConsentHistory>.Unavailable("consent history");

    public Section<IReadOnlyList<DataExport>> Exports { get; private set; } = Section<IReadOnlyList<DataExport>>.Unavailable("data copies");

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        await LoadAsync(signIn);
        if (Requested)
        {
            Notice = "We received your request for a copy of your data. It is listed below as Pending; your provider will email "
                + "the copy to you or make it available once it is prepared.";
        }

        return Page();
    });

    public Task<IActionResult> OnPostAsync() => SignedInPostAsync(Purpose, async signIn =>
    {
        var requested = await SubmitAsync(() => Mediator.Send(new RequestDataExportCommand(AccountOf(signIn)), Aborted));
        return requested is not null
            ? Redirect("/account/privacy?requested=true")
            : await ShowFormAgainAsync(() => LoadAsync(signIn));
    });

    private async Task LoadAsync(PortalSignIn signIn)
    {
        var account = AccountOf(signIn);
        var history = Section<ConsentHistory>.LoadAsync("consent history", () => Mediator.Send(new GetConsentHistoryQuery(account), Aborted));
        var exports = Section<IReadOnlyList<DataExport>>.LoadAsync("data copies", () => Mediator.Send(new ListDataExportsQuery(account), Aborted));
        History = await history;
        Exports = await exports;
    }
}
