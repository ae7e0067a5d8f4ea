using Portal.Adapters.Http.Platform.Signing;
using Portal.Adapters.Http.Services.Dtos;
using Refit;

namespace Portal.Adapters.Http.Services;

/// <summary>The Platform's <c>/services/</c> endpoints, implemented by Refit's source generator; bodies arrive serialized and hashed.</summary>
[Headers("Accept: application/json")]
internal interface IPlatformServicesApi
{
    const string SummaryRoute = "/services/summary/";
    const string ListRoute = "/services/";
    const string ServiceRoute = "/services/{id}/";
    const string UsageRoute = "/services/{id}/usage/";
    const string PlansRoute = "/services/plans/";
    const string AutoRenewRoute = "/services/{id}/auto-renew/";

    [Post(SummaryRoute)]
    Task<ServicesAnswer> GetSummaryAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(ListRoute)]
    Task<ServicesAnswer> ListAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(ServiceRoute)]
    Task<ServicesAnswer> GetAsync(
        string id, [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(UsageRoute)]
    Task<ServicesAnswer> GetUsageAsync(
        string id, [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    /// <summary>HMAC only: no body, no identity, no query (every plan type); the signing handler signs the empty body.</summary>
    [Get(PlansRoute)]
    Task<ServicesAnswer> ListPlansAsync(CancellationToken cancellationToken);

    [Post(AutoRenewRoute)]
    Task<ServicesAnswer> SetAutoRenewAsync(
        string id, [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);
}
