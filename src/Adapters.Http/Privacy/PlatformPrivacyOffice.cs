using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Adapters.Http.Privacy.Dtos;
using Portal.Application.Privacy.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Privacy;

namespace Portal.Adapters.Http.Privacy;

/// <summary>
/// <see cref="IPrivacyOffice"/> over <c>gdpr/consent-history/</c> and <c>gdpr/data-export/</c> (§9: HMAC, a fresh body
/// timestamp and <c>user_id</c>; no customer). Listing exports (<c>action: "status"</c>) is a read; requesting one is a
/// write, sent once: a lost answer may hide an export the Platform did create. The Platform has no download endpoint under
/// <c>/api</c>, so Portal lists exports and never serves one.
/// </summary>
internal sealed class PlatformPrivacyOffice(IPlatformPrivacyApi api, PlatformResiliencePipelines pipelines, TimeProvider time)
    : PlatformApiClient(PlatformArea.Privacy, pipelines, time), IPrivacyOffice
{
    public Task<ConsentHistory> GetConsentHistoryAsync(AccountScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformPrivacyApi.ConsentHistoryRoute,
            ForUser(new ScopedRequest(), scope),
            PrivacyJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("account"),
            api.GetConsentHistoryAsync,
            PrivacyMapper.ToHistory,
            cancellationToken);

    public Task<IReadOnlyList<DataExport>> ListDataExportsAsync(AccountScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformPrivacyApi.DataExportRoute,
            ForUser(new DataExportRequest { Action = DataExportRequest.StatusAction }, scope),
            PrivacyJsonContext.Platform.DataExportRequest,
            PlatformCall.Read("account"),
            api.DataExportAsync,
            PrivacyMapper.ToExports,
            cancellationToken);

    public Task<DataExport> RequestDataExportAsync(AccountScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformPrivacyApi.DataExportRoute,
            ForUser(new DataExportRequest { Action = DataExportRequest.RequestAction }, scope),
            PrivacyJsonContext.Platform.DataExportRequest,
            PlatformCall.Write("account"),
            api.DataExportAsync,
            answer => PrivacyMapper.ToRequested(answer, Time.GetUtcNow()),
            cancellationToken);
}
