using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Patients.Commands.CreatePatient;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// The new-patient form. The command's own validator judges the input; its messages appear beside the fields with the
/// input kept (400). Success redirects to the new patient (post-redirect-get), which says it was added.
/// </summary>
public sealed class NewPatientModel(PortalPageServices services) : TenantPageModel(services)
{
    [BindProperty]
    public string? FirstName { get; set; }

    [BindProperty]
    public string? LastName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? DateOfBirth { get; set; }

    public string Purpose => FormPurpose("patients.create");

    public Task<IActionResult> OnGetAsync() => AccessCheckedPageAsync();

    public Task<IActionResult> OnPostAsync() => SignedInPostAsync(Purpose, async signIn =>
    {
        var dateOfBirth = ParseDate(DateOfBirth);
        var command = new CreatePatientCommand(
            AccessFor(signIn), FirstName ?? string.Empty, LastName ?? string.Empty, Email ?? string.Empty, Phone ?? string.Empty, dateOfBirth);
        var patient = await SubmitAsync(() => Mediator.Send(command, Aborted));
        if (patient is not null)
        {
            return Redirect(Link("patients/" + patient.Id.Value) + "?added=true");
        }

        if (Rejection is null && dateOfBirth is null && !string.IsNullOrWhiteSpace(DateOfBirth))
        {
            ModelState.Remove(nameof(DateOfBirth));
            ModelState.AddModelError(nameof(DateOfBirth), "Enter a real date of birth.");
        }

        return Page();
    });

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
