using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Adapters.Http.Tickets.Dtos;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tickets;

namespace Portal.Adapters.Http.Tickets;

/// <summary>
/// <see cref="ISupportDesk"/> over the Platform's <c>/tickets/</c> endpoints. Opening a ticket and replying are writes and
/// are never retried: a lost answer may hide a ticket or comment the Platform did store.
/// </summary>
internal sealed class PlatformSupportDesk(IPlatformSupportApi api, PlatformResiliencePipelines pipelines, TimeProvider time)
    : PlatformApiClient(PlatformArea.Support, pipelines, time), ISupportDesk
{
    public Task<TicketsSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformSupportApi.SummaryRoute,
            Scoped(new ScopedRequest(), scope),
            TicketsJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("tickets summary"),
            api.GetSummaryAsync,
            answer => TicketsMapper.ToTicketsSummary(answer.Data),
            cancellationToken);

    public Task<Page<TicketSummary>> ListAsync(
        TenantScope scope, TicketFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var body = new ListTicketsRequest
        {
            Page = page.Number,
            Limit = page.Size,
            Status = filter.Status is { } status ? WireValues.ToWire(status) : null,
            Priority = filter.Priority is { } priority ? WireValues.ToWire(priority) : null,
            Search = filter.Search,
        };
        return PostAsync(
            IPlatformSupportApi.ListRoute,
            Scoped(body, scope),
            TicketsJsonContext.Platform.ListTicketsRequest,
            PlatformCall.Read("ticket"),
            api.ListAsync,
            answer => TicketsMapper.ToPage(answer.Data, page),
            cancellationToken);
    }

    public Task<Ticket> GetAsync(TenantScope scope, TicketId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var pathId = NumericPathId.Require(id.Value, "ticket");
        return PostAsync(
            IPlatformSupportApi.TicketRoute,
            Scoped(new ScopedRequest(), scope),
            TicketsJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("ticket"),
            (body, bodyHash, attemptCancellation) => api.GetAsync(pathId, body, bodyHash, attemptCancellation),
            answer => TicketsMapper.ToTicket(answer.Data),
            cancellationToken);
    }

    public Task<Ticket> CreateAsync(TenantScope scope, NewTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var body = new CreateTicketRequest
        {
            Title = ticket.Title,
            Description = ticket.Description,
            Priority = WireValues.ToWire(ticket.Priority),
            Category = ticket.CategoryId,
        };
        return PostAsync(
            IPlatformSupportApi.CreateRoute,
            Scoped(body, scope),
            TicketsJsonContext.Platform.CreateTicketRequest,
            PlatformCall.Write("ticket"),
            api.CreateAsync,
            answer => TicketsMapper.ToTicket(answer.Data),
            cancellationToken);
    }

    public Task<TicketComment> ReplyAsync(TenantScope scope, TicketId id, string content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(content);
        var pathId = NumericPathId.Require(id.Value, "ticket");
        return PostAsync(
            IPlatformSupportApi.ReplyRoute,
            Scoped(new ReplyRequest { Content = content }, scope),
            TicketsJsonContext.Platform.ReplyRequest,
            PlatformCall.Write("ticket"),
            (body, bodyHash, attemptCancellation) => api.ReplyAsync(pathId, body, bodyHash, attemptCancellation),
            answer => TicketsMapper.ToComment(answer.Data),
            cancellationToken);
    }

    public async Task<AttachmentFile> OpenAttachmentAsync(
        TenantScope scope, TicketId ticketId, string attachmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        var ticketPathId = NumericPathId.Require(ticketId.Value, "attachment");
        var attachmentPathId = NumericPathId.Require(attachmentId, "attachment");
        var (content, contentType, fileName, length) = await OpenFileAsync(
            IPlatformSupportApi.AttachmentRoute,
            Scoped(new ScopedRequest(), scope),
            TicketsJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("attachment"),
            (body, bodyHash, attemptCancellation) =>
                api.OpenAttachmentAsync(ticketPathId, attachmentPathId, body, bodyHash, attemptCancellation),
            cancellationToken).ConfigureAwait(false);
        return new AttachmentFile(content, fileName, contentType, length);
    }

    /// <summary>
    /// A GET the Platform answers to any signed request; the scope only confirms the tenant has a Platform customer, as
    /// every support page needs one.
    /// </summary>
    public Task<IReadOnlyList<TicketCategory>> ListCategoriesAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Platform is null)
        {
            throw new NotFoundException("tenant");
        }

        return GetAsync(
            IPlatformSupportApi.CategoriesRoute,
            PlatformCall.Read("ticket category"),
            api.ListCategoriesAsync,
            answer => TicketsMapper.ToCategories(answer.Data),
            cancellationToken);
    }
}
