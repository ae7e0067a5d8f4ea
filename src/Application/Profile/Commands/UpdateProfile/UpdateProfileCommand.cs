using MediatR;
using Portal.Application.Common.Access;
using Portal.Domain.Profile;

namespace Portal.Application.Profile.Commands.UpdateProfile;

/// <summary>
/// Saves the caller's whole profile as the form holds it and answers what was saved (texts trimmed); a language, time
/// zone or preference left null is not sent, so the Platform keeps its own. The Platform validates nothing here and fails on a value too long for
/// its columns, so every limit is Portal's.
/// </summary>
public sealed record UpdateProfileCommand(
    AccountContext Account,
    string FirstName,
    string LastName,
    string Phone,
    string? Language,
    string? TimeZone,
    bool? EmailNotifications,
    bool? SmsNotifications,
    bool? MarketingEmails) : IRequest<ProfileChanges>, IAccountScopedRequest
{
    /// <summary>
    /// The zone the Platform holds now, as read just before this save: sent back unchanged it is accepted even when this
    /// machine does not know it, so a zone stored elsewhere never stops the user from saving the rest of the form.
    /// </summary>
    public string? StoredTimeZone { get; init; }

    /// <summary>
    /// The language the Platform holds now, as read just before this save: sent back unchanged it is accepted even when
    /// Portal does not offer it, so a code stored elsewhere ("pt-BR") is kept rather than replaced.
    /// </summary>
    public string? StoredLanguage { get; init; }

    /// <summary>The Platform's (Django's) column for first and last names.</summary>
    public const int MaxNameLength = 150;

    /// <summary>The Platform's phone column.</summary>
    public const int MaxPhoneLength = 20;
}
