using System.Collections.Concurrent;
using System.Globalization;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tickets;

namespace Portal.Testing.Fakes;

/// <summary>
/// A desk of the tickets a test adds and those it is asked to open: the list filters by status, priority and title and
/// pages, tickets are found by id, and a reply to a closed ticket is refused with a reason, as the real desk does.
/// </summary>
public sealed class FakeSupportDesk : FakeTenantPort, ISupportDesk
{
    /// <summary>When the tickets and replies it makes were written, so tests need no clock.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentQueue<Ticket> tickets = new();
    private readonly ConcurrentDictionary<(TicketId, string), (string? FileName, string? ContentType, byte[] Content)> files = new();
    private int opened;

    public TicketsSummary Summary { get; set; } = new(0, 0, 0);

    /// <summary>Replaces the summary's answer, to fail it or to hold it.</summary>
    public Func<Task<TicketsSummary>>? SummaryAnswer { get; set; }

    /// <summary>
    /// How many of the first rows of each page the Platform sends with an id Portal cannot address. The real desk leaves
    /// them out of the page and of its count, never out of the Platform's pages; so does this one.
    /// </summary>
    public int LeftOutRows { get; set; }

    public TicketFilter? LastFilter { get; private set; }

    public PageRequest? LastPage { get; private set; }

    public NewTicket? LastCreated { get; private set; }

    public (TicketId Id, string Content)? LastReply { get; private set; }

    /// <summary>The categories a new ticket may be filed under.</summary>
    public IReadOnlyList<TicketCategory> Categories { get; set; } = [new(1, "Hosting"), new(2, "Billing")];

    /// <summary>Replaces the categories' answer, to fail it.</summary>
    public Func<Task<IReadOnlyList<TicketCategory>>>? CategoriesAnswer { get; set; }

    /// <summary>The Platform's field errors for a new ticket, if it should refuse one (for example a title it finds too long).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? CreateFieldErrors { get; set; }

    /// <summary>How the Platform refuses a new ticket otherwise, if it should (for example a role it does not allow).</summary>
    public Exception? CreateRefusal { get; set; }

    /// <summary>The Platform's field errors for a reply, if it should refuse one.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ReplyFieldErrors { get; set; }

    /// <summary>The last attachment stream handed out, to tell whether its reader released it.</summary>
    public TrackingStream? LastAttachment { get; private set; }

    public void Add(Ticket ticket) => tickets.Enqueue(ticket);

    /// <summary>
    /// The bytes the Platform would send for <paramref name="attachmentId"/> of <paramref name="ticketId"/>, with the name
    /// and type it would claim (untrusted, as an uploader's are).
    /// </summary>
    public void AddFile(TicketId ticketId, string attachmentId, string? fileName, string? contentType, byte[] content) =>
        files[(ticketId, attachmentId)] = (fileName, contentType, content);

    public Task<TicketsSummary> GetSummaryAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => SummaryAnswer?.Invoke() ?? Task.FromResult(Summary));

    public Task<Page<TicketSummary>> ListAsync(TenantScope scope, TicketFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        (LastFilter, LastPage) = (filter, page);
        return Answer(scope, cancellationToken, () =>
        {
            var sent = PageOf(
                tickets.Select(t => t.Summary)
                    .Where(t => filter.Status is null || t.Status == filter.Status)
                    .Where(t => filter.Priority is null || t.Priority == filter.Priority)
                    .Where(t => filter.Search is null || t.Title.Contains(filter.Search, StringComparison.OrdinalIgnoreCase)),
                page);
            var shown = sent.Items.Skip(LeftOutRows).ToArray();
            return Task.FromResult(LeftOutRows == 0
                ? sent
                : Paging.LessRowsLeftOut(shown, sent.Number, sent.Size, sent.TotalItems, sent.Items.Count - shown.Length));
        });
    }

    public Task<Ticket> GetAsync(TenantScope scope, TicketId id, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Found(Find(id), "ticket"));

    public Task<Ticket> CreateAsync(TenantScope scope, NewTicket ticket, CancellationToken cancellationToken)
    {
        LastCreated = ticket;
        return Answer(scope, cancellationToken, () =>
        {
            if (CreateFieldErrors is { } errors)
            {
                return Task.FromException<Ticket>(new RequestRejectedException("The Platform refused the ticket.", errors));
            }

            if (CreateRefusal is { } refusal)
            {
                return Task.FromException<Ticket>(refusal);
            }

            var number = Interlocked.Increment(ref opened).ToString(CultureInfo.InvariantCulture);
            var summary = new TicketSummary(
                new TicketId("tk-new-" + number),
                "TK-NEW-" + number,
                ticket.Title,
                TicketStatus.Open,
                ticket.Priority,
                Categories.FirstOrDefault(category => category.Id == ticket.CategoryId)?.Name,
                Now,
                Now);
            var stored = new Ticket(summary, ticket.Description, []);
            tickets.Enqueue(stored);
            return Task.FromResult(stored);
        });
    }

    public Task<TicketComment> ReplyAsync(TenantScope scope, TicketId id, string content, CancellationToken cancellationToken)
    {
        LastReply = (id, content);
        return Answer(scope, cancellationToken, () => Find(id) switch
        {
            null => NotFound<TicketComment>("ticket"),
            _ when ReplyFieldErrors is { } errors =>
                Task.FromException<TicketComment>(new RequestRejectedException("The Platform refused the reply.", errors)),
            { Summary.Status: TicketStatus.Closed } =>
                Task.FromException<TicketComment>(new RequestRejectedException("Cannot reply to closed tickets")),
            _ => Task.FromResult(new TicketComment(new TicketCommentId("c-new"), "Customer", isFromStaff: false, content, Now)),
        });
    }

    public Task<AttachmentFile> OpenAttachmentAsync(
        TenantScope scope, TicketId ticketId, string attachmentId, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () =>
        {
            if (!files.TryGetValue((ticketId, attachmentId), out var file))
            {
                return NotFound<AttachmentFile>("attachment");
            }

            LastAttachment = new TrackingStream(file.Content);
            return Task.FromResult(new AttachmentFile(LastAttachment, file.FileName, file.ContentType, file.Content.Length));
        });

    public Task<IReadOnlyList<TicketCategory>> ListCategoriesAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => CategoriesAnswer?.Invoke() ?? Task.FromResult(Categories));

    private Ticket? Find(TicketId id) => tickets.FirstOrDefault(t => t.Id == id);
}
