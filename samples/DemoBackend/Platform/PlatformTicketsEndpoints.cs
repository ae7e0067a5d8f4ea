using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Htpi;

namespace Portal.Demo.Backend.Platform;

/// <summary>tickets: list with filters, summary, one ticket with its comments, open a ticket, reply to one.</summary>
internal static class PlatformTicketsEndpoints
{
    public static IReadOnlyList<string> Priorities { get; } = ["low", "normal", "high", "urgent"];

    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        api.MapPost("tickets/", (HttpContext context) => PlatformCaller.Answer(world, context, (call, caller) =>
        {
            var status = call.String("status");
            var priority = call.String("priority");
            var search = call.String("search");
            lock (world.Sync)
            {
                var matching = world.Tickets
                    .Where(t => t.CustomerId == caller.Customer.Id
                        && (status is null || t.Status == status)
                        && (priority is null || t.Priority == priority)
                        && (search is null || t.Title.Contains(search, StringComparison.OrdinalIgnoreCase)
                            || t.TicketNumber.Contains(search, StringComparison.OrdinalIgnoreCase)
                            || t.Description.Contains(search, StringComparison.OrdinalIgnoreCase)))
                    .OrderByDescending(t => t.UpdatedAt)
                    .ThenByDescending(t => t.Id)
                    .ToList();
                return PlatformPage<DemoTicket>.Of(matching, call).Answer("tickets", Item);
            }
        }));

        api.MapPost("tickets/summary/", (HttpContext context) => PlatformCaller.Answer(world, context, (_, caller) =>
        {
            lock (world.Sync)
            {
                var tickets = world.Tickets.Where(t => t.CustomerId == caller.Customer.Id).ToList();
                return PlatformResults.Ok(new
                {
                    success = true,
                    data = new
                    {
                        total_tickets = tickets.Count,
                        open_tickets = tickets.Count(t => t.Status == "open"),
                        pending_tickets = tickets.Count(t => t.Status == "pending"),
                        resolved_tickets = tickets.Count(t => t.Status is "resolved" or "closed"),
                    },
                });
            }
        }));

        api.MapPost("tickets/create/", (HttpContext context) => PlatformCaller.Answer(world, context, (call, caller) =>
        {
            var title = call.String("title");
            var description = call.String("description");
            // "medium" is what many forms call the middle priority; the Platform calls it "normal".
            var priority = call.String("priority") is null or "medium" ? "normal" : call.String("priority")!;
            if (title is null || title.Length > 200 || description is null || description.Length > 10_000 || !Priorities.Contains(priority))
            {
                return PlatformResults.BadRequest("title (at most 200 characters), description and a priority of low, normal, high or urgent are required");
            }

            lock (world.Sync)
            {
                var id = world.NextTicketId++;
                var ticket = new DemoTicket(id, $"TKT-{id:D6}", caller.Customer.Id, title, description, priority, call.String("category") ?? "General", clock.GetUtcNow());
                world.Tickets.Add(ticket);
                return PlatformResults.Created(new { success = true, data = new { ticket = Detail(ticket) } });
            }
        }));

        api.MapPost("tickets/{id:int}/", (HttpContext context, int id) => PlatformCaller.Answer(world, context, (_, caller) =>
        {
            lock (world.Sync)
            {
                return Find(world, caller, id) is { } ticket
                    ? PlatformResults.Ok(new { success = true, data = new { ticket = Detail(ticket) } })
                    : PlatformResults.NotFound();
            }
        }));

        api.MapPost("tickets/{id:int}/reply/", (HttpContext context, int id) => PlatformCaller.Answer(world, context, (call, caller) =>
        {
            lock (world.Sync)
            {
                if (Find(world, caller, id) is not { } ticket)
                {
                    return PlatformResults.NotFound();
                }

                if (call.String("content") is not { Length: <= 10_000 } content)
                {
                    return PlatformResults.BadRequest("content is required (at most 10000 characters)");
                }

                var comment = new DemoTicketComment(world.NextCommentId++, caller.User.Name, content, false, clock.GetUtcNow());
                ticket.Comments.Add(comment);
                ticket.UpdatedAt = comment.CreatedAt;
                // A customer's reply puts the ticket back in the support queue.
                ticket.Status = "open";
                return PlatformResults.Created(new { success = true, data = new { comment = Comment(comment) } });
            }
        }));
    }

    private static DemoTicket? Find(DemoWorld world, PlatformCaller caller, int id) =>
        world.Tickets.FirstOrDefault(t => t.Id == id && t.CustomerId == caller.Customer.Id);

    private static Dictionary<string, object?> Item(DemoTicket ticket) => new()
    {
        ["id"] = ticket.Id,
        ["ticket_number"] = ticket.TicketNumber,
        ["title"] = ticket.Title,
        ["status"] = ticket.Status,
        ["priority"] = ticket.Priority,
        ["category_name"] = ticket.CategoryName,
        ["comments_count"] = ticket.Comments.Count,
        ["created_at"] = HtpiAnswers.Instant(ticket.CreatedAt),
        ["updated_at"] = HtpiAnswers.Instant(ticket.UpdatedAt),
    };

    private static Dictionary<string, object?> Detail(DemoTicket ticket)
    {
        var detail = Item(ticket);
        detail["description"] = ticket.Description;
        detail["comments"] = ticket.Comments.Select(Comment).ToList();
        return detail;
    }

    private static object Comment(DemoTicketComment comment) => new
    {
        id = comment.Id,
        author_name = comment.AuthorName,
        content = comment.Content,
        is_from_staff = comment.IsStaff,
        created_at = HtpiAnswers.Instant(comment.CreatedAt),
    };
}
