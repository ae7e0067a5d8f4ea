using System.Globalization;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// Tickets' object shapes (platform-api.md §8). Comments name their author only by <c>author_name</c>/<c>author_email</c>
/// and <c>author_role</c>; only public ones are shown, while the list's counts include internal notes.
/// </summary>
internal static class PlatformTickets
{
    public static IReadOnlyList<string> Statuses { get; } = ["open", "in_progress", "waiting_on_customer", "closed"];

    public static IReadOnlyList<string> Priorities { get; } = ["low", "normal", "high", "urgent", "critical"];

    public static Dictionary<string, object?> Item(DemoTicket ticket, DemoTenant customer, DateTimeOffset now)
    {
        var item = Common(ticket, customer, now);
        if (ticket.Category is { } category)
        {
            item["category_name"] = category.Name;
            item["category_icon"] = category.Icon;
        }

        item["comments_count"] = ticket.Comments.Count;
        item["attachments_count"] = ticket.Comments.Sum(c => c.Files.Count);
        item["created_at"] = PlatformDates.Local(ticket.CreatedAt);
        item["updated_at"] = PlatformDates.Local(ticket.UpdatedAt);
        return item;
    }

    public static Dictionary<string, object?> Detail(DemoTicket ticket, DemoTenant customer, DateTimeOffset now)
    {
        var detail = Common(ticket, customer, now);
        detail["description"] = ticket.Description;
        detail["contact_phone"] = string.Empty;
        detail["category"] = ticket.Category is { } category
            ? new { id = category.Id, name = category.Name, name_en = category.NameEn, description = category.Description, icon = category.Icon, color = category.Color, auto_assign_to = (int?)null }
            : null;
        detail["created_by_name"] = string.Empty;
        detail["related_service_name"] = string.Empty;
        detail["estimated_hours"] = null;
        detail["actual_hours"] = "0.00";
        detail["satisfaction_rating"] = null;
        detail["satisfaction_comment"] = string.Empty;
        var shown = ticket.Comments.Where(c => c.IsPublic).OrderBy(c => c.CreatedAt).ToList();
        detail["comments"] = shown.Select(c => Comment(ticket, c)).ToList();
        detail["attachments"] = shown.SelectMany(c => c.Files).Select(a => Attachment(ticket, a)).ToList();
        detail["created_at"] = PlatformDates.Local(ticket.CreatedAt);
        detail["updated_at"] = PlatformDates.Local(ticket.UpdatedAt);
        return detail;
    }

    public static object Permissions(DemoTicket ticket) => new
    {
        can_reply = ticket.Status != "closed",
        can_close = false,
        can_edit = false,
        can_rate = ticket.Status == "closed",
    };

    public static object Category(DemoTicketCategory category) => new
    {
        id = category.Id,
        name = category.Name,
        name_en = category.NameEn,
        description = category.Description,
        icon = category.Icon,
        color = category.Color,
        auto_assign_to = (int?)null,
    };

    private static Dictionary<string, object?> Common(DemoTicket ticket, DemoTenant customer, DateTimeOffset now)
    {
        var customerReplies = ticket.Comments.Where(c => c.IsPublic && !c.IsStaff).ToList();
        var lastCustomerReply = customerReplies.Count == 0 ? (DateTimeOffset?)null : customerReplies.Max(c => c.CreatedAt);
        return new Dictionary<string, object?>
        {
            ["id"] = ticket.Id,
            ["ticket_number"] = ticket.TicketNumber,
            ["title"] = ticket.Title,
            ["status"] = ticket.Status,
            ["status_display"] = ticket.Status switch
            {
                "in_progress" => "In Progress",
                "waiting_on_customer" => "Waiting on Customer",
                var status => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(status),
            },
            ["status_color"] = ticket.Status switch
            {
                "open" => "#3B82F6",
                "in_progress" => "#F59E0B",
                "waiting_on_customer" => "#8B5CF6",
                _ => "#6B7280",
            },
            ["priority"] = ticket.Priority,
            ["priority_display"] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(ticket.Priority),
            ["priority_color"] = ticket.Priority switch
            {
                "low" => "#6B7280",
                "normal" => "#3B82F6",
                "high" => "#F59E0B",
                "urgent" => "#EF4444",
                _ => "#991B1B",
            },
            ["source"] = ticket.Source,
            ["customer_name"] = customer.Name,
            ["contact_email"] = ticket.ContactEmail,
            ["contact_person"] = ticket.ContactPerson,
            ["assigned_to_name"] = ticket.AssignedTo,
            ["is_escalated"] = ticket.Priority == "critical",
            ["is_public"] = true,
            ["is_awaiting_customer"] = ticket.Status == "waiting_on_customer",
            ["customer_replied_recently"] = lastCustomerReply is { } last && now - last < TimeSpan.FromHours(24),
            ["resolution_code"] = ticket.Status == "closed" ? "fixed" : string.Empty,
            ["closed_at"] = PlatformDates.Local(ticket.ClosedAt),
            ["customer_replied_at"] = PlatformDates.Local(lastCustomerReply),
            ["has_customer_replied"] = lastCustomerReply is not null,
        };
    }

    private static object Comment(DemoTicket ticket, DemoTicketComment comment) => new
    {
        id = comment.Id,
        content = comment.Content,
        comment_type = comment.IsStaff ? "support" : "customer",
        author_name = comment.AuthorName,
        author_email = comment.AuthorEmail,
        author_role = comment.IsStaff ? "Staff" : "Customer",
        is_staff_reply = comment.IsStaff,
        is_public = true,
        is_solution = false,
        time_spent = "0.00",
        created_at = PlatformDates.Local(comment.CreatedAt),
        updated_at = PlatformDates.Local(comment.CreatedAt),
        attachments = comment.Files.Select(a => Attachment(ticket, a)).ToList(),
    };

    private static object Attachment(DemoTicket ticket, DemoTicketAttachment attachment) => new
    {
        id = attachment.Id,
        filename = attachment.Filename,
        file_size = attachment.Content.Length,
        file_size_display = string.Create(CultureInfo.InvariantCulture, $"{attachment.Content.Length} bytes"),
        content_type = attachment.ContentType,
        file_url = string.Create(CultureInfo.InvariantCulture, $"/api/tickets/{ticket.Id}/attachments/{attachment.Id}/download/"),
        is_image = attachment.ContentType.StartsWith("image/", StringComparison.Ordinal),
        is_safe = attachment.IsSafe,
        uploaded_at = PlatformDates.Local(attachment.UploadedAt),
    };
}
