using Microsoft.Extensions.Logging;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Adapters.Http.Tickets.Dtos;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tickets;

namespace Portal.Adapters.Http.Tickets;

/// <summary>
/// <see cref="ISupportDesk"/> over the Platform's <c>/tickets/</c> endpoints. Opening a ticket and replying are writes and
/// are never retried: a lost answer may hide a ticket or comment the Platform did store.
/// </summary>
internal sealed class PlatformSupportDesk(
    HttpClient http, PlatformResiliencePipelines pipelines, TimeProvider time, ILogger<PlatformSupportDesk> logger)
    : PlatformApiClient(http, PlatformArea.Support, pipelines, time, logger), ISupportDesk
{
    public Task<TicketsSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            "tickets/summary/",
            Scoped(new ScopedRequest(), scope),
            TicketsJsonContext.Default.ScopedRequest,
            TicketsJsonContext.Default.TicketsAnswer,
            PlatformCall.Read("tickets summary"),
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
            "tickets/",
            Scoped(body, scope),
            TicketsJsonContext.Default.ListTicketsRequest,
            TicketsJsonContext.Default.TicketsAnswer,
            PlatformCall.Read("ticket"),
            answer => TicketsMapper.ToPage(answer.Data, page),
            cancellationToken);
    }

    public Task<Ticket> GetAsync(TenantScope scope, TicketId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return PostAsync(
            $"tickets/{Uri.EscapeDataString(id.Value)}/",
            Scoped(new ScopedRequest(), scope),
            TicketsJsonContext.Default.ScopedRequest,
            TicketsJsonContext.Default.TicketsAnswer,
            PlatformCall.Read("ticket"),
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
            Category = ticket.Category,
        };
        return PostAsync(
            "tickets/create/",
            Scoped(body, scope),
            TicketsJsonContext.Default.CreateTicketRequest,
            TicketsJsonContext.Default.TicketsAnswer,
            PlatformCall.Write("ticket"),
            answer => TicketsMapper.ToTicket(answer.Data),
            cancellationToken);
    }

    public Task<TicketComment> ReplyAsync(TenantScope scope, TicketId id, string content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(content);
        return PostAsync(
            $"tickets/{Uri.EscapeDataString(id.Value)}/reply/",
            Scoped(new ReplyRequest { Content = content }, scope),
            TicketsJsonContext.Default.ReplyRequest,
            TicketsJsonContext.Default.TicketsAnswer,
            PlatformCall.Write("ticket"),
            answer => TicketsMapper.ToComment(answer.Data),
            cancellationToken);
    }
}
