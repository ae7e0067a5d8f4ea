using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>tickets (platform-api.md §8): list, summary, one ticket, open (201), reply (201), attachments, categories. Any role.</summary>
internal static class PlatformTicketsEndpoints
{
    public const int MaxTitleLength = 200;
    public const int MinReplyLength = 2;

    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        PlatformRoutes.Post(api, "tickets/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            if (new[] { "status", "priority", "search" }.Any(name => call.Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null))
            {
                return PlatformResults.Error(StatusCodes.Status500InternalServerError, "Unable to fetch tickets");
            }

            // A status or priority that is not one of the Platform's values is ignored.
            var status = call.String("status") is { } s && PlatformTickets.Statuses.Contains(s) ? s : null;
            var priority = call.String("priority") is { } p && PlatformTickets.Priorities.Contains(p) ? p : null;
            var search = call.String("search");
            var now = clock.GetUtcNow();
            lock (world.Sync)
            {
                var matching = Newest(world, caller)
                    .Where(t => (status is null || t.Status == status)
                        && (priority is null || t.Priority == priority)
                        && (search is null || t.Title.Contains(search, StringComparison.OrdinalIgnoreCase)
                            || t.Description.Contains(search, StringComparison.OrdinalIgnoreCase)
                            || t.TicketNumber.Contains(search, StringComparison.OrdinalIgnoreCase)
                            || t.Status.Contains(search, StringComparison.OrdinalIgnoreCase)))
                    .ToList();
                var (pagination, rows) = PlatformPage.Tickets(call, matching);
                return PlatformResults.Ok(new
                {
                    success = true,
                    data = new
                    {
                        tickets = rows.Select(t => PlatformTickets.Item(t, caller.Customer, now)).ToList(),
                        pagination,
                        stats = new
                        {
                            total = matching.Count,
                            open = matching.Count(t => t.Status == "open"),
                            in_progress = matching.Count(t => t.Status == "in_progress"),
                            waiting_on_customer = matching.Count(t => t.Status == "waiting_on_customer"),
                            closed = matching.Count(t => t.Status == "closed"),
                        },
                    },
                });
            }
        }));

        PlatformRoutes.Post(api, "tickets/summary/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
        {
            var now = clock.GetUtcNow();
            lock (world.Sync)
            {
                var tickets = Newest(world, caller);
                var answered = tickets
                    .Select(t => t.Comments.Where(c => c.IsStaff && c.IsPublic).Select(c => (c.CreatedAt - t.CreatedAt).TotalHours).DefaultIfEmpty(-1).Min())
                    .Where(hours => hours >= 0)
                    .ToList();
                return PlatformResults.Ok(new
                {
                    success = true,
                    data = new
                    {
                        total_tickets = tickets.Count,
                        open_tickets = tickets.Count(t => t.Status is "open" or "in_progress"),
                        pending_tickets = 0,
                        waiting_on_customer = tickets.Count(t => t.Status == "waiting_on_customer"),
                        resolved_tickets = tickets.Count(t => t.Status == "closed"),
                        average_response_time_hours = answered.Count == 0 ? 0.0 : Math.Round(answered.Average(), 1),
                        satisfaction_rating = 0.0,
                        recent_tickets = tickets.Take(5).Select(t => PlatformTickets.Item(t, caller.Customer, now)).ToList(),
                    },
                });
            }
        }));

        PlatformRoutes.Post(api, "tickets/{id:int}/", (HttpContext context, int id) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
        {
            lock (world.Sync)
            {
                return Find(world, caller, id) is { } ticket
                    ? PlatformResults.Ok(new
                    {
                        success = true,
                        data = new { ticket = PlatformTickets.Detail(ticket, caller.Customer, clock.GetUtcNow()), permissions = PlatformTickets.Permissions(ticket) },
                    })
                    : NotFound();
            }
        }));

        PlatformRoutes.Post(api, "tickets/create/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            var errors = Validate(call);
            if (errors.Count > 0)
            {
                return PlatformResults.FieldErrors(errors);
            }

            var now = clock.GetUtcNow();
            lock (world.Sync)
            {
                var id = world.NextTicketId++;
                var ticket = new DemoTicket(
                    id,
                    string.Create(CultureInfo.InvariantCulture, $"TK{now.Year}-{id * 2_654_435_761L % 0xFFFF_FFFF:X8}"),
                    caller.Customer.Id,
                    call.String("title")!,
                    call.String("description")!,
                    call.String("priority") ?? "normal",
                    call.Id("category") is { } categoryId ? DemoCatalog.TicketCategories.First(c => c.Id == categoryId) : null,
                    call.String("contact_person") ?? caller.Customer.Name,
                    call.String("contact_email") ?? caller.Customer.BillTo.Email,
                    string.Empty,
                    "api",
                    now);
                world.Tickets.Add(ticket);
                return PlatformResults.Created(new
                {
                    success = true,
                    data = new
                    {
                        ticket = PlatformTickets.Detail(ticket, caller.Customer, now),
                        message = $"Ticket #{ticket.TicketNumber} created successfully",
                    },
                });
            }
        }));

        PlatformRoutes.Post(api, "tickets/{id:int}/reply/", (HttpContext context, int id) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            lock (world.Sync)
            {
                if (Find(world, caller, id) is not { } ticket)
                {
                    return NotFound();
                }

                if (ticket.Status == "closed")
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, "Cannot reply to closed tickets");
                }

                var content = call.Body.TryGetProperty("content", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
                if (content is null)
                {
                    return PlatformResults.FieldErrors(new Dictionary<string, string[]> { ["content"] = ["This field is required."] });
                }

                if (content.Length < MinReplyLength)
                {
                    return PlatformResults.FieldErrors(new Dictionary<string, string[]> { ["content"] = ["Ensure this field has at least 2 characters."] });
                }

                // Stored as the ticket's contact person, whoever the acting user is; attachments in the body are ignored.
                var now = clock.GetUtcNow();
                var comment = new DemoTicketComment(world.NextCommentId++, ticket.ContactPerson.Length > 0 ? ticket.ContactPerson : "Customer", ticket.ContactEmail, content, false, now);
                ticket.Comments.Add(comment);
                ticket.UpdatedAt = now;
                if (ticket.Status == "waiting_on_customer")
                {
                    ticket.Status = ticket.AssignedTo.Length > 0 ? "in_progress" : "open";
                }

                return PlatformResults.Created(new
                {
                    success = true,
                    data = new
                    {
                        comment = new { id = comment.Id, content = comment.Content, author_name = comment.AuthorName, created_at = PlatformDates.Utc(now) },
                        message = "Reply added successfully",
                    },
                });
            }
        }));

        // Raw bytes with the stored type, as an attachment; the Platform checks the customer, the ticket and the scan flag
        // (not whether the comment is public), and answers DRF's {detail} shape when it does not hand the file out.
        PlatformRoutes.Post(api, "tickets/{id:int}/attachments/{attachmentId:int}/download/", (HttpContext context, int id, int attachmentId) =>
            PlatformCaller.Answer(world, context, clock, (_, caller) =>
            {
                lock (world.Sync)
                {
                    var attachment = Find(world, caller, id)?.Comments.SelectMany(c => c.Files).FirstOrDefault(a => a.Id == attachmentId);
                    return attachment switch
                    {
                        null => Detail("Attachment not found or access denied"),
                        { IsSafe: false } => Detail("File not available"),
                        _ => Results.File(attachment.Content, attachment.ContentType, attachment.Filename),
                    };
                }
            }));

        PlatformRoutes.Get(api, "tickets/categories/", () => PlatformResults.Ok(new
        {
            success = true,
            data = new { categories = DemoCatalog.TicketCategories.Select(PlatformTickets.Category).ToList() },
        }));
    }

    private static IResult Detail(string detail) =>
        Results.Json(new { detail }, JsonSerializerOptions.Default, statusCode: StatusCodes.Status404NotFound);

    private static IResult NotFound() => PlatformResults.Error(StatusCodes.Status404NotFound, "Ticket not found or access denied");

    private static List<DemoTicket> Newest(DemoWorld world, PlatformCaller caller) =>
        world.Tickets.Where(t => t.CustomerId == caller.Customer.Id).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToList();

    private static DemoTicket? Find(DemoWorld world, PlatformCaller caller, int id) =>
        world.Tickets.FirstOrDefault(t => t.Id == id && t.CustomerId == caller.Customer.Id);

    /// <summary>DRF's field errors for a new ticket, with DRF's wording.</summary>
    private static Dictionary<string, string[]> Validate(PlatformCall call)
    {
        var errors = new Dictionary<string, string[]>();
        var title = call.Body.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()!.Trim() : null;
        if (string.IsNullOrEmpty(title))
        {
            errors["title"] = [title is null ? "This field is required." : "This field may not be blank."];
        }
        else if (title.Length > MaxTitleLength)
        {
            errors["title"] = ["Ensure this field has no more than 200 characters."];
        }

        var description = call.Body.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()!.Trim() : null;
        if (string.IsNullOrEmpty(description))
        {
            errors["description"] = [description is null ? "This field is required." : "This field may not be blank."];
        }

        if (call.Has("priority") && (call.String("priority") is not { } priority || !PlatformTickets.Priorities.Contains(priority)))
        {
            errors["priority"] = [$"\"{call.String("priority")}\" is not a valid choice."];
        }

        if (call.Has("category") && (call.Id("category") is not { } category || DemoCatalog.TicketCategories.All(c => c.Id != category)))
        {
            errors["category"] = [$"Invalid pk \"{call.String("category")}\" - object does not exist."];
        }

        if (call.String("contact_email") is { } email && !MailAddress.TryCreate(email, out _))
        {
            errors["contact_email"] = ["Enter a valid email address."];
        }

        if (call.String("contact_phone") is { Length: > 20 })
        {
            errors["contact_phone"] = ["Ensure this field has no more than 20 characters."];
        }

        return errors;
    }
}
