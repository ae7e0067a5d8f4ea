using System.Collections.Concurrent;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tickets;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Tickets in memory: tk-1 open, tk-closed closed (replies to it are refused with a reason).</summary>
internal sealed class FakeSupportDesk : ISupportDesk
{
    private readonly ConcurrentDictionary<string, Ticket> tickets = new(StringComparer.Ordinal)
    {
        ["tk-1"] = Samples.Ticket("tk-1"),
        ["tk-closed"] = Samples.Ticket("tk-closed", TicketStatus.Closed),
    };

    public Exception? Failure { get; set; }

    public TicketFilter? LastFilter { get; private set; }

    public NewTicket? LastCreated { get; private set; }

    public (string TicketId, string Content)? LastReply { get; private set; }

    public Task<TicketsSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Failure is null ? Task.FromResult(Samples.TicketsSummary()) : Task.FromException<TicketsSummary>(Failure);

    public Task<Page<TicketSummary>> ListAsync(TenantScope scope, TicketFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        LastFilter = filter;
        if (Failure is not null)
        {
            return Task.FromException<Page<TicketSummary>>(Failure);
        }

        var matching = tickets.Values.Select(t => t.Summary)
            .Where(t => filter.Status is null || t.Status == filter.Status)
            .Where(t => filter.Priority is null || t.Priority == filter.Priority)
            .Where(t => filter.Search is null || t.Title.Contains(filter.Search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return Task.FromResult(new Page<TicketSummary>(matching, page.Number, page.Size, matching.Count));
    }

    public Task<Ticket> GetAsync(TenantScope scope, TicketId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return tickets.TryGetValue(id.Value, out var ticket) ? Task.FromResult(ticket) : Task.FromException<Ticket>(new NotFoundException("ticket"));
    }

    public Task<Ticket> CreateAsync(TenantScope scope, NewTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        LastCreated = ticket;
        var id = "tk-new-" + tickets.Count;
        var stored = new Ticket(
            new TicketSummary(new TicketId(id), "TK-NEW", ticket.Title, TicketStatus.Open, ticket.Priority, ticket.Category, 0, Samples.At, Samples.At),
            ticket.Description,
            []);
        tickets[id] = stored;
        return Task.FromResult(stored);
    }

    public Task<TicketComment> ReplyAsync(TenantScope scope, TicketId id, string content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!tickets.TryGetValue(id.Value, out var ticket))
        {
            return Task.FromException<TicketComment>(new NotFoundException("ticket"));
        }

        if (ticket.Summary.Status == TicketStatus.Closed)
        {
            return Task.FromException<TicketComment>(new RequestRejectedException("This ticket is closed; open a new one instead."));
        }

        LastReply = (id.Value, content);
        return Task.FromResult(new TicketComment(new TicketCommentId("c-new"), "Ada Lovelace", false, content, Samples.At));
    }
}
