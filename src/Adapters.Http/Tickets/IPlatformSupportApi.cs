using Portal.Adapters.Http.Platform.Signing;
using Portal.Adapters.Http.Tickets.Dtos;
using Refit;

namespace Portal.Adapters.Http.Tickets;

/// <summary>The Platform's <c>/tickets/</c> endpoints, implemented by Refit's source generator; POST bodies arrive serialized and hashed.</summary>
[Headers("Accept: application/json")]
internal interface IPlatformSupportApi
{
    const string SummaryRoute = "/tickets/summary/";
    const string ListRoute = "/tickets/";
    const string TicketRoute = "/tickets/{id}/";
    const string CreateRoute = "/tickets/create/";
    const string ReplyRoute = "/tickets/{id}/reply/";
    const string CategoriesRoute = "/tickets/categories/";
    const string AttachmentRoute = "/tickets/{id}/attachments/{attachmentId}/download/";

    [Post(SummaryRoute)]
    Task<TicketsAnswer> GetSummaryAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(ListRoute)]
    Task<TicketsAnswer> ListAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(TicketRoute)]
    Task<TicketsAnswer> GetAsync(
        string id, [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(CreateRoute)]
    Task<TicketsAnswer> CreateAsync(
        [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    [Post(ReplyRoute)]
    Task<TicketsAnswer> ReplyAsync(
        string id, [Body] HttpContent body, [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash, CancellationToken cancellationToken);

    /// <summary>The answer as it arrives, once its headers are read: the caller streams the file and owns the response.</summary>
    [Post(AttachmentRoute)]
    [Headers("Accept: */*")]
    Task<HttpResponseMessage> OpenAttachmentAsync(
        string id,
        string attachmentId,
        [Body] HttpContent body,
        [Property(PlatformSigningHandler.BodyHashKey)] string bodyHash,
        CancellationToken cancellationToken);

    /// <summary>HMAC only: no body, no identity; the signing handler signs the empty body.</summary>
    [Get(CategoriesRoute)]
    Task<TicketsAnswer> ListCategoriesAsync(CancellationToken cancellationToken);
}
