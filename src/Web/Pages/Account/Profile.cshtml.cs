using Microsoft.AspNetCore.Mvc;
using Portal.Application.Profile.Commands.UpdateProfile;
using Portal.Application.Profile.Queries.GetProfile;
using Portal.Domain.Profile;

namespace Portal.Web.Pages.Account;

/// <summary>
/// The user's own profile: name, phone, language, time zone and how they want to be reached. Saving sends what the reader
/// changed merged with what the Platform holds now (<see cref="FormPageModel.Merge(string, string)"/>: a save from another
/// tab meanwhile is kept; the Platform validates nothing, so Portal does: messages beside the fields; a language, time zone
/// or preference the Platform did not state is offered as not stated and sent only when the reader chose one; a language
/// it states that Portal does not offer is offered as it is and kept), re-issues the
/// sign-in cookie with the chosen time zone so every page shows times in it at once, and comes back with a confirmation
/// (<c>?saved=true</c>).
/// </summary>
public sealed class ProfileModel(PortalPageServices services) : AccountPageModel(services)
{
    public const string Purpose = "account.profile";

    [BindProperty]
    public string? FirstName { get; set; }

    [BindProperty]
    public string? LastName { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    /// <summary>Null when the Platform did not state it and the reader chose neither answer.</summary>
    [BindProperty]
    public bool? EmailNotifications { get; set; }

    [BindProperty]
    public bool? SmsNotifications { get; set; }

    [BindProperty]
    public bool? MarketingEmails { get; set; }

    /// <summary>Set by the redirect after a save (a flag, not state).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    /// <summary>The profile as the Platform holds it (its e-mail address and join date are shown, not edited).</summary>
    public UserProfile? Current { get; private set; }

    /// <summary>
    /// The languages offered; one the Platform holds, or a refused form held, that Portal does not offer comes first, as its
    /// code, so that a save keeps it rather than the browser sending the first of the others, and a refused form still
    /// offers to go back to it.
    /// </summary>
    public IReadOnlyList<string> Languages =>
        Unlisted(ProfileLanguages.All, Language, Current?.Preferences.Language);

    /// <summary>The zones offered; the user's current one, and a refused form's, first among them even if this machine lacks it.</summary>
    public IReadOnlyList<string> TimeZones =>
        Unlisted(TimeZoneChoices.All, TimeZone, Current?.Preferences.TimeZone);

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        Current = await Mediator.Send(new GetProfileQuery(AccountOf(signIn)), Aborted);
        Fill(Current);
        if (Saved)
        {
            Notice = "Your profile was saved. Times are shown in " + (Current.Preferences.TimeZone ?? "your browser's time zone") + ".";
        }

        return Page();
    });

    public Task<IActionResult> OnPostAsync() => SignedInPostAsync(Purpose, async signIn =>
    {
        var saved = await SubmitAsync(async () =>
        {
            var stored = Current = await Mediator.Send(new GetProfileQuery(AccountOf(signIn)), Aborted);
            return await Mediator.Send(
                new UpdateProfileCommand(
                    AccountOf(signIn),
                    Merge(nameof(FirstName), stored.FirstName),
                    Merge(nameof(LastName), stored.LastName),
                    Merge(nameof(Phone), stored.Phone),
                    MergeStated(nameof(Language), stored.Preferences.Language),
                    MergeStated(nameof(TimeZone), stored.Preferences.TimeZone),
                    Merge(nameof(EmailNotifications), EmailNotifications, stored.Preferences.EmailNotifications),
                    Merge(nameof(SmsNotifications), SmsNotifications, stored.Preferences.SmsNotifications),
                    Merge(nameof(MarketingEmails), MarketingEmails, stored.Preferences.MarketingEmails))
                {
                    StoredLanguage = stored.Preferences.Language,
                    StoredTimeZone = stored.Preferences.TimeZone,
                },
                Aborted);
        });
        if (saved is not null)
        {
            ChangeSignIn(current => current.WithTimeZone(saved.TimeZone));
            return Redirect("/account/profile?saved=true");
        }

        // The profile the save read is the page's; it is read again only when that read is what failed.
        return await ShowFormAgainAsync(async () => Current ??= await Mediator.Send(new GetProfileQuery(AccountOf(signIn)), Aborted));
    });

    /// <summary>
    /// The profile as its form shows it, by field (preferences as <see cref="FormPageModel.Flag"/>; a value the Platform did
    /// not state as null, shown empty).
    /// </summary>
    public static IReadOnlyDictionary<string, string?> AsShown(UserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(FirstName)] = profile.FirstName,
            [nameof(LastName)] = profile.LastName,
            [nameof(Phone)] = profile.Phone,
            [nameof(Language)] = profile.Preferences.Language,
            [nameof(TimeZone)] = profile.Preferences.TimeZone,
            [nameof(EmailNotifications)] = Flag(profile.Preferences.EmailNotifications),
            [nameof(SmsNotifications)] = Flag(profile.Preferences.SmsNotifications),
            [nameof(MarketingEmails)] = Flag(profile.Preferences.MarketingEmails),
        };
    }

    /// <summary><paramref name="offered"/> after the values among <paramref name="chosen"/> and <paramref name="stored"/> it lacks.</summary>
    private static IReadOnlyList<string> Unlisted(IReadOnlyList<string> offered, string? chosen, string? stored)
    {
        string[] unlisted = [.. new[] { chosen, stored }.OfType<string>()
            .Where(value => value.Length > 0 && !offered.Contains(value, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)];
        return unlisted.Length == 0 ? offered : [.. unlisted, .. offered];
    }

    private void Fill(UserProfile profile)
    {
        FirstName = profile.FirstName;
        LastName = profile.LastName;
        Phone = profile.Phone;
        Language = profile.Preferences.Language;
        TimeZone = profile.Preferences.TimeZone;
        EmailNotifications = profile.Preferences.EmailNotifications;
        SmsNotifications = profile.Preferences.SmsNotifications;
        MarketingEmails = profile.Preferences.MarketingEmails;
    }
}
