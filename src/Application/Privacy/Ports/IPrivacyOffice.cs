using Portal.Domain.Identity;
using Portal.Domain.Privacy;

namespace Portal.Application.Privacy.Ports;

/// <summary>
/// The signed-in user's personal data rights: what they consented to, and copies of their data. A user the backend does
/// not know is a <see cref="Common.Exceptions.NotFoundException"/>; a backend that cannot answer is a
/// <see cref="Common.Exceptions.BackendUnavailableException"/> with area "privacy".
/// </summary>
public interface IPrivacyOffice
{
    Task<ConsentHistory> GetConsentHistoryAsync(AccountScope scope, CancellationToken cancellationToken);

    /// <summary>The user's latest requests for a copy of their data, newest first.</summary>
    Task<IReadOnlyList<DataExport>> ListDataExportsAsync(AccountScope scope, CancellationToken cancellationToken);

    /// <summary>Asks for a new copy; answers the request as the backend recorded it (usually pending).</summary>
    Task<DataExport> RequestDataExportAsync(AccountScope scope, CancellationToken cancellationToken);
}
