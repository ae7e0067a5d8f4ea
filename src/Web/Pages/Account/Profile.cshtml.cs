using Microsoft.AspNetCore.Mvc;
using Portal.Application.Profile.Commands.UpdateProfile;
using Portal.Application.Profile.Queries.GetProfile;
using Portal.Domain.Profile;

namespace Portal.Web.Pages.Account;

/// <summary>
/// The user's own profile: name, phone, language, time zone and how they want to be reached. Saving sends what the reader
/// changed merged with what the Platform holds now (<see cref="FormPageModel.Merge(string, string)"/>: a save from another
/// tab meanwhile is kept; the Platform validates nothing, so Portal does: messages beside the fields; a preference the
/// Platform did not state is offered as a choice and sent only when the reader made one), re-issues the
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

    /// <summary>The zones offered; the user's current one first among them even if this machine lacks it.</summary>
    public IReadOnlyList<string> TimeZones =>
        TimeZone is { Length: > 0 } chosen && !TimeZoneChoices.All.Contains(chosen, StringComparer.Ordinal) ? [chosen, .. TimeZoneChoices.All] : TimeZoneChoices.All;

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
                    Merge(nameof(Language), stored.Preferences.Language ?? ProfileLanguages.English),
                    Merge(nameof(TimeZone), stored.Preferences.TimeZone ?? string.Empty),
                    Merge(nameof(EmailNotifications), stored.Preferences.EmailNotifications),
                    Merge(nameof(SmsNotifications), stored.Preferences.SmsNotifications),
                    Merge(nameof(MarketingEmails), stored.Preferences.MarketingEmails)) { StoredTimeZone = stored.Preferences.TimeZone ?? string.Empty },
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

    /// <summary>The profile as its form shows it, by field (preferences as <see cref="FormPageModel.Flag"/>).</summary>
    public static IReadOnlyDictionary<string, string?> AsShown(UserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(FirstName)] = profile.FirstName,
            [nameof(LastName)] = profile.LastName,
            [nameof(Phone)] = profile.Phone,
            [nameof(Language)] = profile.Preferences.Language ?? ProfileLanguages.English,
            [nameof(TimeZone)] = profile.Preferences.TimeZone,
            [nameof(EmailNotifications)] = Flag(profile.Preferences.EmailNotifications),
            [nameof(SmsNotifications)] = Flag(profile.Preferences.SmsNotifications),
            [nameof(MarketingEmails)] = Flag(profile.Preferences.MarketingEmails),
        };
    }

    private void Fill(UserProfile profile)
    {
        FirstName = profile.FirstName;
        LastName = profile.LastName;
        Phone = profile.Phone;
        Language = profile.Preferences.Language ?? ProfileLanguages.English;
        TimeZone = profile.Preferences.TimeZone;
        EmailNotifications = profile.Preferences.EmailNotifications;
        SmsNotifications = profile.Preferences.SmsNotifications;
        MarketingEmails = profile.Preferences.MarketingEmails;
    }
}
