using Portal.Adapters.Http.Platform.Signing;
using Portal.Adapters.Http.Privacy.Dtos;
using Refit;

namespace Portal.Adapters.Http.Privacy;

/// <summary>The Platform's GDPR endpoints (§9), implemented by Refit's source generator; bodies arrive serialized and hashed.</summary>
[Headers("Accept: application/json")]
internal interface IPlatformPrivacyApi
{
    const string ConsentHistoryRoute = "/gdpr/consent-history/";
    const string DataExportRoute = "/gdpr/data-export/";

    [Post(ConsentHistoryRoute)]
    Task<ConsentHistoryAnswer> GetConsentHistoryAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    /// <summary>Lists the exports (<c>action: "status"</c>) or requests one (<c>action: "request"</c>), by the body's action.</summary>
    [Post(DataExportRoute)]
    Task<DataExportAnswer> DataExportAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);
}
