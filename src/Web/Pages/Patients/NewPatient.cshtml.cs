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

    /// <summary>The validator's messages as (field, message), in the order the fields appear on the form.</summary>
    public IReadOnlyList<(string Field, string Message)> ErrorSummary { get; private set; } = [];

    private static readonly string[] FieldOrder = [nameof(FirstName), nameof(LastName), nameof(Email), nameof(Phone), nameof(DateOfBirth)];

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

        // The validator's messages (not a backend's refusal) also go into a summary above the form.
        if (Rejection is null)
        {
            if (dateOfBirth is null && !string.IsNullOrWhiteSpace(DateOfBirth))
            {
                ModelState.Remove(nameof(DateOfBirth));
                ModelState.AddModelError(nameof(DateOfBirth), "Enter a real date of birth.");
            }

            ErrorSummary = ModelState
                .OrderBy(entry => Array.IndexOf(FieldOrder, entry.Key) is var index and >= 0 ? index : FieldOrder.Length)
                .SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)))
                .ToArray();
        }

        return Page();
    });

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
