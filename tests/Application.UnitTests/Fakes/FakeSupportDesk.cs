using System.Globalization;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tickets;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>An in-memory support desk that stores what it is given and remembers what it was asked.</summary>
internal sealed class FakeSupportDesk : ISupportDesk
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    public TicketsSummary Summary { get; set; } = new(0, 0, 0, 0);

    public Dictionary<TicketId, Ticket> Tickets { get; } = [];

    public TenantScope? LastScope { get; private set; }

    public TicketFilter? LastFilter { get; private set; }

    public PageRequest? LastPage { get; private set; }

    public NewTicket? LastCreated { get; private set; }

    public (TicketId Id, string Content)? LastReply { get; private set; }

    public CancellationToken LastCancellationToken { get; private set; }

    /// <summary>Replaces the summary's answer, to fail it or to hold it.</summary>
    public Func<Task<TicketsSummary>>? SummaryAnswer { get; set; }

    public Task<TicketsSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        return SummaryAnswer?.Invoke() ?? Task.FromResult(Summary);
    }

    public Task<Page<TicketSummary>> ListAsync(
        TenantScope scope, TicketFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        LastFilter = filter;
        LastPage = page;
        var matching = Tickets.Values.Select(t => t.Summary)
            .Where(t => filter.Status is null || t.Status == filter.Status)
            .Where(t => filter.Priority is null || t.Priority == filter.Priority)
            .Where(t => filter.Search is null || t.Title.Contains(filter.Search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var items = matching.Skip((page.Number - 1) * page.Size).Take(page.Size).ToList();
        return Task.FromResult(new Page<TicketSummary>(items, page.Number, page.Size, matching.Count));
    }

    public Task<Ticket> GetAsync(TenantScope scope, TicketId id, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        return Tickets.TryGetValue(id, out var ticket)
            ? Task.FromResult(ticket)
            : Task.FromException<Ticket>(new NotFoundException("ticket"));
    }

    public Task<Ticket> CreateAsync(TenantScope scope, NewTicket ticket, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        LastCreated = ticket;
        var number = Tickets.Count + 1;
        var id = new TicketId(number.ToString(CultureInfo.InvariantCulture));
        var summary = new TicketSummary(
            id, $"TK-{number:D5}", ticket.Title, TicketStatus.Open, ticket.Priority, ticket.Category, 0, Now, Now);
        var stored = new Ticket(summary, ticket.Description, []);
        Tickets[id] = stored;
        return Task.FromResult(stored);
    }

    public Task<TicketComment> ReplyAsync(TenantScope scope, TicketId id, string content, CancellationToken cancellationToken)
    {
        Remember(scope, cancellationToken);
        LastReply = (id, content);
        return Tickets.ContainsKey(id)
            ? Task.FromResult(new TicketComment(new TicketCommentId("c1"), "Customer", isFromStaff: false, content, Now))
            : Task.FromException<TicketComment>(new NotFoundException("ticket"));
    }

    private void Remember(TenantScope scope, CancellationToken cancellationToken)
    {
        LastScope = scope;
        LastCancellationToken = cancellationToken;
    }
}
