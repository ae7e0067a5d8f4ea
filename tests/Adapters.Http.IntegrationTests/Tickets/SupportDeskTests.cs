using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Adapters.Http.IntegrationTests.Tickets;

/// <summary>The tickets area against answers shaped exactly as platform-api.md §8 says PRAHO sends them, quirks included.</summary>
public sealed class SupportDeskTests : PlatformTestBase
{
    /// <summary>A <c>TicketItem</c> with a category; its comments_count counts internal comments too, so Portal does not read it.</summary>
    private const string TicketItemJson = """
        {"id": 5, "ticket_number": "TK2026-0000A5F3", "title": "Site is slow", "status": "in_progress", "status_display": "In Progress",
         "status_color": "#F59E0B", "priority": "high", "priority_display": "High", "priority_color": "#EF4444", "source": "web",
         "customer_name": "Lima Dental Ltd", "contact_email": "ana@limadental.example", "contact_person": "Ana Lima",
         "category_name": "Găzduire", "category_icon": "server", "assigned_to_name": "Ion Pop", "is_escalated": false, "is_public": true,
         "is_awaiting_customer": false, "customer_replied_recently": true, "resolution_code": "", "closed_at": null,
         "customer_replied_at": "2026-11-20T20:00:00+02:00", "has_customer_replied": true, "comments_count": 3, "attachments_count": 1,
         "created_at": "2026-11-20T12:00:00.123456+02:00", "updated_at": "2026-11-21T11:00:00+02:00"}
        """;

    /// <summary>A <c>TicketItem</c> without a category (the keys are absent) and with an unknown status and priority.</summary>
    private const string UncategorisedItemJson = """
        {"id": 6, "ticket_number": "TK2026-0000A5F4", "title": "Invoice question", "status": "escalated", "status_display": "Escalated",
         "status_color": "#6B7280", "priority": "blocker", "priority_display": "Blocker", "priority_color": "#000000", "source": "api",
         "customer_name": "Lima Dental Ltd", "contact_email": "ana@limadental.example", "contact_person": "Ana Lima",
         "assigned_to_name": "", "is_escalated": true, "is_public": true, "is_awaiting_customer": false, "customer_replied_recently": false,
         "resolution_code": "", "closed_at": null, "customer_replied_at": null, "has_customer_replied": false, "comments_count": 0,
         "attachments_count": 0, "created_at": "2026-11-22T08:00:00+02:00", "updated_at": "2026-11-22T08:00:00+02:00"}
        """;

    private const string CommentsJson = """
        [
          {"id": 11, "content": "Any news?", "comment_type": "customer", "author_name": "Ana Lima", "author_email": "ana@limadental.example",
           "author_role": "Customer", "is_staff_reply": false, "is_public": true, "is_solution": false, "time_spent": "0.00",
           "created_at": "2026-11-20T20:00:00+02:00", "updated_at": "2026-11-20T20:00:00+02:00", "attachments": []},
          {"id": 12, "content": "Looking into it; see the log.", "comment_type": "support", "author_name": "Ion Pop", "author_email": "ion@host.example",
           "author_role": "Staff", "is_staff_reply": true, "is_public": true, "is_solution": false, "time_spent": "0.50",
           "created_at": "2026-11-21T11:00:00+02:00", "updated_at": "2026-11-21T11:00:00+02:00",
           "attachments": [{"id": 31, "filename": "slow-log.txt", "file_size": 20480, "file_size_display": "20.0 KB", "content_type": "text/plain",
             "file_url": "/api/tickets/5/attachments/31/download/", "is_image": false, "is_safe": true, "uploaded_at": "2026-11-21T11:00:00+02:00"}]}
        ]
        """;

    private static readonly string TicketDetailJson = $$"""
        {"id": 5, "ticket_number": "TK2026-0000A5F3", "title": "Site is slow", "description": "Since Monday the site takes 10 s to load.",
         "status": "STATUS", "status_display": "In Progress", "status_color": "#F59E0B", "priority": "high", "priority_display": "High",
         "priority_color": "#EF4444", "source": "web", "customer_name": "Lima Dental Ltd", "contact_person": "Ana Lima",
         "contact_email": "ana@limadental.example", "contact_phone": "",
         "category": {"id": 3, "name": "Găzduire", "name_en": "Hosting", "description": "", "icon": "server", "color": "#3B82F6", "auto_assign_to": null},
         "assigned_to_name": "Ion Pop", "created_by_name": "", "related_service_name": "", "is_escalated": false, "is_public": true,
         "is_awaiting_customer": false, "customer_replied_recently": true, "resolution_code": "", "closed_at": null,
         "customer_replied_at": "2026-11-20T20:00:00+02:00", "has_customer_replied": true, "estimated_hours": null, "actual_hours": "0.50",
         "satisfaction_rating": null, "satisfaction_comment": "", "comments": {{CommentsJson}},
         "attachments": [{"id": 31, "filename": "slow-log.txt", "file_size": 20480, "file_size_display": "20.0 KB", "content_type": "text/plain",
           "file_url": "/api/tickets/5/attachments/31/download/", "is_image": false, "is_safe": true, "uploaded_at": "2026-11-21T11:00:00+02:00"}],
         "created_at": "2026-11-20T12:00:00.123456+02:00", "updated_at": "2026-11-21T11:00:00+02:00"}
        """;

    private ISupportDesk Desk => Portal.Get<ISupportDesk>();

    private static string Detail(string status = "in_progress") => TicketDetailJson.Replace("STATUS", status, StringComparison.Ordinal);

    [Fact]
    public async Task Tickets_pass_paging_filters_and_search_through_and_map_the_list()
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{TicketItemJson}}}, {{{UncategorisedItemJson}}}],
              "pagination": {"page": 1, "limit": 25, "total": 2, "pages": 1, "has_next": false, "has_previous": false},
              "stats": {"total": 2, "open": 0, "in_progress": 1, "waiting_on_customer": 0, "closed": 0} } }
            """);

        var page = await Desk.ListAsync(
            ScopeFor(Portal), new TicketFilter(TicketStatus.WaitingOnCustomer, TicketPriority.Critical, "slow site"), PageRequest.First, CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/tickets/");
        Assert.Equal(("waiting_on_customer", "critical", "slow site"), (
            request.Json.GetProperty("status").GetString(),
            request.Json.GetProperty("priority").GetString(),
            request.Json.GetProperty("search").GetString()));
        Assert.Equal((1, 25), (request.Json.GetProperty("page").GetInt32(), request.Json.GetProperty("limit").GetInt32()));
        Assert.Collection(
            page.Items,
            ticket =>
            {
                Assert.Equal(new TicketId("5"), ticket.Id);
                Assert.Equal(("TK2026-0000A5F3", "Site is slow", "Găzduire"), (ticket.Number, ticket.Title, ticket.Category));
                Assert.Equal((TicketStatus.InProgress, TicketPriority.High), (ticket.Status, ticket.Priority));
                Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero), ticket.UpdatedAt);
            },
            uncategorised =>
            {
                Assert.Null(uncategorised.Category);
                Assert.Equal((TicketStatus.Unknown, "escalated"), (uncategorised.Status, uncategorised.StatusCode));
                Assert.Equal((TicketPriority.Unknown, "blocker"), (uncategorised.Priority, uncategorised.PriorityCode));
            });
    }

    [Fact]
    public async Task An_empty_list_with_zero_pages_is_one_empty_page()
    {
        Platform.OnJson("tickets/", """
            {"success": true, "data": {"tickets": [], "pagination": {"page": 1, "limit": 20, "total": 0, "pages": 0, "has_next": false,
              "has_previous": false}, "stats": {"total": 0, "open": 0, "in_progress": 0, "waiting_on_customer": 0, "closed": 0}}}
            """);

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal((0, 1, 1, false), (page.Items.Count, page.Number, page.TotalPages, page.HasNext));
    }

    [Fact]
    public async Task The_summary_reads_what_PRAHO_counts_and_not_the_pending_count_it_leaves_at_zero()
    {
        Platform.OnJson("tickets/summary/", $$$"""
            {"success": true, "data": {"total_tickets": 9, "open_tickets": 3, "pending_tickets": 0, "waiting_on_customer": 2,
              "resolved_tickets": 4, "average_response_time_hours": 5.5, "satisfaction_rating": 0.0, "recent_tickets": [{{{TicketItemJson}}}]}}
            """);

        var summary = await Desk.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/tickets/summary/");
        Assert.Equal((3, 2, 4), (summary.OpenTickets, summary.WaitingOnCustomer, summary.ClosedTickets));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("\"n/a\"")]
    [InlineData("2.5")]
    [InlineData("1e10")]
    [InlineData("[4]")]
    public async Task A_summary_without_the_total_it_never_shows_is_read_and_a_missing_negative_or_unreadable_count_is_unknown_not_zero(string resolved)
    {
        Platform.OnJson("tickets/summary/", $$$"""{"success": true, "data": {"open_tickets": 3, "resolved_tickets": {{{resolved}}}}}""");

        var summary = await Desk.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal(((int?)3, (int?)null, (int?)null), (summary.OpenTickets, summary.WaitingOnCustomer, summary.ClosedTickets));
    }

    [Fact]
    public async Task A_ticket_comes_with_its_description_comments_oldest_first_their_attachments_and_whether_it_takes_replies()
    {
        Platform.OnJson("tickets/5/", $$$"""
            {"success": true, "data": {"ticket": {{{Detail()}}},
              "permissions": {"can_reply": true, "can_close": false, "can_edit": false, "can_rate": false} } }
            """);

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/tickets/5/");
        Assert.Equal("Since Monday the site takes 10 s to load.", ticket.Description);
        Assert.Equal("Hosting", ticket.Summary.Category);
        Assert.True(ticket.CanReply);
        Assert.Collection(
            ticket.Comments,
            first =>
            {
                Assert.Equal(("11", "Ana Lima", false, "Any news?"), (first.Id?.Value, first.AuthorName, first.IsFromStaff, first.Content));
                Assert.Empty(first.Attachments);
            },
            second =>
            {
                Assert.Equal(("12", "Ion Pop", true), (second.Id?.Value, second.AuthorName, second.IsFromStaff));
                var file = Assert.Single(second.Attachments);
                Assert.Equal(("31", "slow-log.txt", 20_480L), (file.Id, file.FileName, file.SizeBytes));
            });
    }

    [Fact]
    public async Task A_ticket_whose_optional_times_do_not_parse_still_shows_with_an_undated_comment_last()
    {
        var odd = Detail()
            .Replace("\"closed_at\": null", "\"closed_at\": \"2026-12-07\"", StringComparison.Ordinal)
            .Replace("\"updated_at\": \"2026-11-21T11:00:00+02:00\"}", "\"updated_at\": \"2026-12-07\"}", StringComparison.Ordinal)
            .Replace("\"created_at\": \"2026-11-20T20:00:00+02:00\"", "\"created_at\": \"0001-01-01T00:00:00+05:00\"", StringComparison.Ordinal);
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{odd}}} } }""");

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        // A day without a time is no instant: the ticket counts as updated when it was opened, as when the time is missing.
        Assert.Equal(ticket.Summary.CreatedAt, ticket.Summary.UpdatedAt);
        Assert.Collection(
            ticket.Comments,
            dated => Assert.Equal(("Ion Pop", (DateTimeOffset?)new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero)), (dated.AuthorName, dated.CreatedAt)),
            undated => Assert.Equal(("Ana Lima", (DateTimeOffset?)null), (undated.AuthorName, undated.CreatedAt)));
    }

    /// <summary>The Platform orders the list by it; Portal only shows it, so without it a ticket is still listed and opened, undated.</summary>
    [Fact]
    public async Task A_ticket_whose_creation_time_is_missing_or_unreadable_is_listed_and_opened_undated()
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [
              {{{TicketItemJson.Replace("\"created_at\": \"2026-11-20T12:00:00.123456+02:00\"", "\"created_at\": \"2026-11-20\"", StringComparison.Ordinal)}}},
              {{{UncategorisedItemJson.Replace("\"created_at\": \"2026-11-22T08:00:00+02:00\", \"updated_at\": \"2026-11-22T08:00:00+02:00\"", "\"created_at\": null", StringComparison.Ordinal)}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": false, "has_previous": false} } }
            """);
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{Detail().Replace("\"created_at\": \"2026-11-20T12:00:00.123456+02:00\"", "\"created_at\": {}", StringComparison.Ordinal)}}} } }""");

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, PageRequest.First, CancellationToken.None);
        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Collection(
            page.Items,
            updated => Assert.Equal(("5", (DateTimeOffset?)null, (DateTimeOffset?)new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero)), (updated.Id.Value, updated.CreatedAt, updated.UpdatedAt)),
            neither => Assert.Equal(("6", (DateTimeOffset?)null, (DateTimeOffset?)null), (neither.Id.Value, neither.CreatedAt, neither.UpdatedAt)));
        Assert.Equal(((DateTimeOffset?)null, 2), (ticket.Summary.CreatedAt, ticket.Comments.Count));
    }

    /// <summary>The two times contradict each other: only the update time is taken as unknown, so the ticket was last updated when opened.</summary>
    [Fact]
    public async Task A_ticket_updated_before_it_was_opened_is_listed_and_opened_as_updated_when_it_was_opened()
    {
        const string Updated = "\"updated_at\": \"2026-11-21T11:00:00+02:00\"";
        const string Earlier = "\"updated_at\": \"2026-11-19T11:00:00+02:00\"";
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{TicketItemJson.Replace(Updated, Earlier, StringComparison.Ordinal)}}}, {{{UncategorisedItemJson}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": false, "has_previous": false} } }
            """);
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{Detail().Replace(Updated + "}", Earlier + "}", StringComparison.Ordinal)}}} } }""");

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, PageRequest.First, CancellationToken.None);
        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        var opened = new DateTimeOffset(2026, 11, 20, 10, 0, 0, 123, TimeSpan.Zero).AddTicks(4560);
        Assert.Equal(["5", "6"], page.Items.Select(listed => listed.Id.Value));
        Assert.Equal(((DateTimeOffset?)opened, (DateTimeOffset?)opened), (page.Items[0].CreatedAt, page.Items[0].UpdatedAt));
        Assert.Equal(((DateTimeOffset?)opened, (DateTimeOffset?)opened, 2), (ticket.Summary.CreatedAt, ticket.Summary.UpdatedAt, ticket.Comments.Count));
    }

    [Fact]
    public async Task A_comment_whose_id_Portal_cannot_address_is_shown_without_one_and_such_a_file_is_left_out()
    {
        var odd = Detail()
            .Replace("{\"id\": 11,", "{\"id\": \"c/11\",", StringComparison.Ordinal)
            .Replace("[{\"id\": 31,", "[{\"id\": \"../31\",", StringComparison.Ordinal);
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{odd}}} } }""");

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal([(null, "Any news?"), ("12", "Looking into it; see the log.")], ticket.Comments.Select(comment => (comment.Id?.Value, comment.Content)));
        Assert.Empty(ticket.Comments[1].Attachments);
        Assert.Empty(ticket.Attachments);
    }

    /// <summary>
    /// A tickets list whose <c>total</c> is missing or unreadable has its total unknown, never 0: its pages are
    /// <c>pages</c> when it gives them, and known; else a full page promises at least one more (<c>pages</c> 0, said of an
    /// empty list, is no page count), a shorter one is the last, and a row left out still counts towards the page being
    /// full.
    /// </summary>
    [Theory]
    [InlineData("", 2, 2, ListCounted.Nothing)]
    [InlineData("\"total\": \"?\", \"pages\": 0, ", 2, 2, ListCounted.Nothing)]
    [InlineData("\"total\": null, ", 1, 1, ListCounted.Nothing)]
    [InlineData("\"total\": null, \"pages\": 5, ", 1, 5, ListCounted.PagesOnly)]
    public async Task A_tickets_list_without_a_readable_total_has_it_unknown_and_its_pages_from_pages_or_a_full_page(
        string total, int rows, int pages, ListCounted counted)
    {
        var tickets = rows == 2 ? $"{TicketItemJson.Replace("\"id\": 5,", "\"id\": null,", StringComparison.Ordinal)}, {UncategorisedItemJson}" : UncategorisedItemJson;
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{tickets}}}],
              "pagination": {"page": 1, "limit": 2, {{{total}}}"has_next": false, "has_previous": false} } }
            """);

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, new PageRequest(1, 2), CancellationToken.None);

        Assert.Equal((new TicketId("6"), counted, pages), (Assert.Single(page.Items).Id, page.Counted, page.TotalPages));
    }

    [Fact]
    public async Task More_tickets_than_asked_for_are_read_as_far_as_asked()
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{TicketItemJson}}}, {{{UncategorisedItemJson}}}, {{{TicketItemJson}}}],
              "pagination": {"page": 1, "limit": 2, "total": 3, "pages": 2, "has_next": true, "has_previous": false} } }
            """);

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, new PageRequest(1, 2), CancellationToken.None);

        Assert.Equal([new TicketId("5"), new TicketId("6")], page.Items.Select(ticket => ticket.Id));
    }

    /// <summary>
    /// A file size that is missing, negative or unreadable is unknown, a comment count (which Portal does not read: it
    /// counts internal notes) costs nothing whatever it is, and a flag sent as null is read as an absent one: each costs
    /// its value at most, never the list or the ticket.
    /// </summary>
    [Theory]
    [InlineData("null")]
    [InlineData("-1")]
    [InlineData("\"many\"")]
    [InlineData("\"\"")]
    [InlineData("1e30")]
    public async Task A_file_size_that_cannot_be_read_is_unknown_an_odd_comment_count_is_ignored_and_a_null_flag_is_as_absent(string value)
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{TicketItemJson.Replace("\"comments_count\": 3", "\"comments_count\": " + value, StringComparison.Ordinal)}}}, {{{UncategorisedItemJson}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": null, "has_previous": null} } }
            """);
        var detail = Detail()
            .Replace("\"file_size\": 20480", "\"file_size\": " + value, StringComparison.Ordinal)
            .Replace("\"is_staff_reply\": true", "\"is_staff_reply\": null", StringComparison.Ordinal);
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{detail}}}, "permissions": {"can_reply": true} } }""");

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, PageRequest.First, CancellationToken.None);
        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal(2, page.Items.Count);
        var staffReply = ticket.Comments[1];
        Assert.Equal(("Ion Pop", true, (long?)null), (staffReply.AuthorName, staffReply.IsFromStaff, Assert.Single(staffReply.Attachments).SizeBytes));
        Assert.Null(Assert.Single(ticket.Attachments).SizeBytes);
    }

    /// <summary>
    /// A ticket without a title is called by its number (else its id), one without a number has none, a comment without an
    /// author's name has none, and a null comment is left out: the list and the ticket still show.
    /// </summary>
    [Theory]
    [InlineData("null")]
    [InlineData("\" \"")]
    [InlineData("{}")]
    public async Task A_ticket_without_a_title_or_number_and_a_comment_without_an_author_name_still_show(string missing)
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [
              {{{TicketItemJson.Replace("\"Site is slow\"", missing, StringComparison.Ordinal)}}},
              {{{UncategorisedItemJson.Replace("\"Invoice question\"", missing, StringComparison.Ordinal).Replace("\"TK2026-0000A5F4\"", missing, StringComparison.Ordinal)}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1} } }
            """);
        var detail = Detail()
            .Replace("\"author_name\": \"Ion Pop\"", "\"author_name\": " + missing, StringComparison.Ordinal)
            .Replace("\"comments\": [", "\"comments\": [null, ", StringComparison.Ordinal);
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{detail}}}, "permissions": {"can_reply": true} } }""");

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, PageRequest.First, CancellationToken.None);
        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal([("Ticket TK2026-0000A5F3", "TK2026-0000A5F3"), ("Ticket 6", null)], page.Items.Select(row => (row.Title, row.Number)));
        Assert.Equal([("Ana Lima", false), (null, true)], ticket.Comments.Select(comment => (comment.AuthorName, comment.IsFromStaff)));
    }

    /// <summary>
    /// An entry that is no object is left out as a null one is: of the tickets (and not counted), of a ticket's comments, and
    /// of its files and a comment's. The list and the ticket stand.
    /// </summary>
    [Theory]
    [InlineData("\"TK2026-0000A5F3\"")]
    [InlineData("5")]
    [InlineData("[{\"id\": 5}]")]
    [InlineData("false")]
    public async Task An_entry_that_is_no_object_is_left_out_of_the_tickets_a_tickets_comments_and_its_files(string entry)
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{entry}}}, {{{UncategorisedItemJson}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": false, "has_previous": false} } }
            """);
        var detail = Detail()
            .Replace("\"comments\": [", "\"comments\": [" + entry + ", ", StringComparison.Ordinal)
            .Replace("\"attachments\": [{", "\"attachments\": [" + entry + ", {", StringComparison.Ordinal);
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{detail}}}, "permissions": {"can_reply": true} } }""");

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, PageRequest.First, CancellationToken.None);
        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal(new TicketId("6"), Assert.Single(page.Items).Id);
        Assert.Equal((1, 1), (page.TotalItems, page.RowsLeftOut));
        Assert.Equal(["Ana Lima", "Ion Pop"], ticket.Comments.Select(comment => comment.AuthorName));
        Assert.Equal("31", Assert.Single(ticket.Attachments).Id);
        Assert.Equal("31", Assert.Single(ticket.Comments[1].Attachments).Id);
    }

    [Fact]
    public async Task A_ticket_whose_id_Portal_cannot_address_is_left_out_not_the_whole_list()
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{TicketItemJson.Replace("\"id\": 5,", "\"id\": \"5 6\",", StringComparison.Ordinal)}}}, {{{UncategorisedItemJson}}}],
              "pagination": {"page": 1, "limit": 20, "total": 2, "pages": 1, "has_next": false, "has_previous": false} } }
            """);

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal(new TicketId("6"), Assert.Single(page.Items).Id);
        Assert.Equal(1, page.TotalItems);
    }

    /// <summary>The row left out still takes its place on the Platform's first page, so the third ticket is on its second.</summary>
    [Fact]
    public async Task A_ticket_left_out_is_not_counted_but_the_Platforms_pages_stay_so_the_last_one_is_still_reached()
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [null, {{{UncategorisedItemJson}}}],
              "pagination": {"page": 1, "limit": 2, "total": 3, "pages": 2, "has_next": true, "has_previous": false} } }
            """);

        var page = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, new PageRequest(1, 2), CancellationToken.None);

        Assert.Equal((1, 2, 2, true, 1), (page.Items.Count, page.TotalItems, page.TotalPages, page.HasNext, page.RowsLeftOut));
    }

    /// <summary>The last page's only row left out: the count never hides the page being read.</summary>
    [Fact]
    public async Task A_last_page_whose_rows_are_all_left_out_is_still_a_page_of_the_list()
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{TicketItemJson.Replace("\"id\": 5,", "\"id\": \"5/6\",", StringComparison.Ordinal)}}}],
              "pagination": {"page": 2, "limit": 2, "total": 3, "pages": 2, "has_next": false, "has_previous": true} } }
            """);

        var last = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, new PageRequest(2, 2), CancellationToken.None);

        Assert.Equal((0, 2, 2, 2), (last.Items.Count, last.TotalItems, last.Number, last.TotalPages));
    }

    /// <summary>A total of 0 beside two rows, one left out: the Platform's total less that row would be below the one shown.</summary>
    [Fact]
    public async Task The_count_is_never_below_the_rows_shown_when_the_Platforms_total_is_0()
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{TicketItemJson.Replace("\"id\": 5,", "\"id\": \"5/6\",", StringComparison.Ordinal)}}}, {{{UncategorisedItemJson}}}],
              "pagination": {"page": 1, "limit": 20, "total": 0, "pages": 1, "has_next": false, "has_previous": false} } }
            """);

        var undercounted = await Desk.ListAsync(ScopeFor(Portal), TicketFilter.All, PageRequest.First, CancellationToken.None);

        Assert.Equal((1, 1), (undercounted.Items.Count, undercounted.TotalItems));
    }

    /// <summary>
    /// A reply is staff's when its role or its flag says so, the customer's when one says that, else its type's side, and
    /// nobody's side when none says.
    /// </summary>
    [Theory]
    [InlineData("\"author_role\": \"Staff\", \"is_staff_reply\": null,", true)]
    [InlineData("\"author_role\": \" staff \",", true)]
    [InlineData("\"author_role\": null, \"is_staff_reply\": true,", true)]
    [InlineData("\"author_role\": \"Customer\", \"is_staff_reply\": null,", false)]
    [InlineData("\"is_staff_reply\": false,", false)]
    [InlineData("\"author_role\": \"Reseller\",", null)]
    [InlineData("\"author_role\": null, \"is_staff_reply\": null,", null)]
    [InlineData("", null)]
    [InlineData("\"comment_type\": \"support\",", true)]
    [InlineData("\"comment_type\": \"Customer\",", false)]
    public async Task A_replys_side_is_the_one_its_role_or_flag_names_and_none_when_neither_names_one(string side, bool? fromStaff)
    {
        var detail = Detail()
            .Replace("\"comment_type\": \"support\", ", string.Empty, StringComparison.Ordinal)
            .Replace("\"author_role\": \"Staff\", \"is_staff_reply\": true,", side, StringComparison.Ordinal);
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{detail}}}, "permissions": {"can_reply": true} } }""");

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal(fromStaff, ticket.Comments[1].IsFromStaff);
    }

    [Fact]
    public async Task Text_sent_as_a_number_is_read_as_its_digits_and_a_flag_sent_as_text_as_the_flag()
    {
        var numeric = Detail()
            .Replace("\"title\": \"Site is slow\"", "\"title\": 12345", StringComparison.Ordinal)
            .Replace("\"content\": \"Any news?\"", "\"content\": 42.50", StringComparison.Ordinal)
            .Replace("\"is_staff_reply\": false", "\"is_staff_reply\": \"TRUE\"", StringComparison.Ordinal);
        Platform.OnJson("tickets/5/", $$$"""
            {"success": true, "data": {"ticket": {{{numeric}}}, "permissions": {"can_reply": "false"} } }
            """);

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal("12345", ticket.Summary.Title);
        Assert.Equal(("42.50", true), (ticket.Comments[0].Content, ticket.Comments[0].IsFromStaff));
        Assert.False(ticket.CanReply);
    }

    /// <summary>A category or permissions block sent as anything but an object is none: the ticket still opens.</summary>
    [Theory]
    [InlineData("\"Hosting\"")]
    [InlineData("3")]
    [InlineData("[]")]
    public async Task A_category_or_permissions_that_are_no_object_are_none_and_the_ticket_still_opens(string odd)
    {
        var detail = Detail().Replace(
            "{\"id\": 3, \"name\": \"Găzduire\", \"name_en\": \"Hosting\", \"description\": \"\", \"icon\": \"server\", \"color\": \"#3B82F6\", \"auto_assign_to\": null}",
            odd,
            StringComparison.Ordinal);
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{detail}}}, "permissions": {{{odd}}} } }""");

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal(("Site is slow", (string?)null, 2), (ticket.Summary.Title, ticket.Summary.Category, ticket.Comments.Count));
    }

    [Fact]
    public async Task A_closed_ticket_takes_no_replies_when_the_Platform_says_so()
    {
        Platform.OnJson("tickets/5/", $$$"""
            {"success": true, "data": {"ticket": {{{Detail("closed")}}},
              "permissions": {"can_reply": false, "can_close": false, "can_edit": false, "can_rate": true} } }
            """);

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal(TicketStatus.Closed, ticket.Summary.Status);
        Assert.False(ticket.CanReply);
    }

    [Fact]
    public async Task Creating_a_ticket_sends_its_fields_with_the_category_as_an_integer_and_reads_the_201()
    {
        Platform.OnJson(
            "tickets/create/",
            $$$"""{"success": true, "data": {"ticket": {{{Detail("open")}}}, "message": "Ticket #TK2026-0000A5F3 created successfully"}}""",
            StatusCodes.Status201Created);

        var created = await Desk.CreateAsync(
            ScopeFor(Portal), new NewTicket("Site is slow", "Since Monday the site takes 10 s to load.", TicketPriority.Critical, 3), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/tickets/create/");
        Assert.Equal(("Site is slow", "Since Monday the site takes 10 s to load.", "critical", 3L), (
            request.Json.GetProperty("title").GetString(),
            request.Json.GetProperty("description").GetString(),
            request.Json.GetProperty("priority").GetString(),
            request.Json.GetProperty("category").GetInt64()));
        Assert.Equal(new TicketId("5"), created.Id);
        Assert.True(created.CanReply);
    }

    [Fact]
    public async Task The_Platforms_field_errors_on_create_reach_the_caller_per_field()
    {
        Platform.OnJson("tickets/create/", """
            {"success": false, "errors": {"title": ["Ensure this field has no more than 200 characters."], "category": ["Invalid pk \"99\" - object does not exist."]}}
            """, StatusCodes.Status400BadRequest);

        var error = await Assert.ThrowsAsync<RequestRejectedException>(() => Desk.CreateAsync(
            ScopeFor(Portal), new NewTicket("Site is slow", "Since Monday the site is slow.", TicketPriority.Normal, 99), CancellationToken.None));

        Assert.Equal(["Ensure this field has no more than 200 characters."], error.FieldErrors["title"]);
        Assert.Equal(["Invalid pk \"99\" - object does not exist."], error.FieldErrors["category"]);
        Assert.Contains("200 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replying_sends_the_content_and_reads_the_201_comment()
    {
        Platform.OnJson("tickets/5/reply/", """
            {"success": true, "data": {"comment": {"id": 13, "content": "Thanks!", "author_name": "Ana Lima", "created_at": "2026-11-22T06:00:00+00:00"},
              "message": "Reply added successfully"}}
            """, StatusCodes.Status201Created);

        var comment = await Desk.ReplyAsync(ScopeFor(Portal), new TicketId("5"), "Thanks!", CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/tickets/5/reply/");
        Assert.Equal("Thanks!", request.Json.GetProperty("content").GetString());
        Assert.Equal(("13", "Thanks!", "Ana Lima", false), (comment.Id?.Value, comment.Content, comment.AuthorName, comment.IsFromStaff));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero), comment.CreatedAt);
    }

    [Fact]
    public async Task Replying_to_a_closed_ticket_is_rejected_with_the_platforms_reason()
    {
        Platform.OnJson("tickets/5/reply/", """{"success": false, "error": "Cannot reply to closed tickets"}""", StatusCodes.Status400BadRequest);

        var error = await Assert.ThrowsAsync<RequestRejectedException>(
            () => Desk.ReplyAsync(ScopeFor(Portal), new TicketId("5"), "Hello?", CancellationToken.None));

        Assert.Equal("Cannot reply to closed tickets", error.Message);
        Assert.Empty(error.FieldErrors);
    }

    [Fact]
    public async Task A_reply_the_Platform_finds_too_short_carries_its_field_error()
    {
        Platform.OnJson("tickets/5/reply/", """{"success": false, "errors": {"content": ["Reply content must be at least 2 characters."]}}""", StatusCodes.Status400BadRequest);

        var error = await Assert.ThrowsAsync<RequestRejectedException>(
            () => Desk.ReplyAsync(ScopeFor(Portal), new TicketId("5"), "ok", CancellationToken.None));

        Assert.Equal(["Reply content must be at least 2 characters."], error.FieldErrors["content"]);
    }

    [Fact]
    public async Task The_categories_are_a_signed_GET_without_identity_named_in_English()
    {
        Platform.OnJson("tickets/categories/", """
            {"success": true, "data": {"categories": [
              {"id": 3, "name": "Găzduire", "name_en": "Hosting", "description": "", "icon": "server", "color": "#3B82F6", "auto_assign_to": null},
              {"id": 4, "name": "Facturare", "name_en": "", "description": "", "icon": "receipt", "color": "#10B981", "auto_assign_to": 2}]}}
            """);

        var categories = await Desk.ListCategoriesAsync(ScopeFor(Portal), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        Assert.True(request.Accepted, request.Refusal);
        Assert.Equal(("GET", "/api/tickets/categories/"), (request.Method, request.RawTarget));
        Assert.Empty(request.Body);
        Assert.Equal([new TicketCategory(3, "Hosting"), new TicketCategory(4, "Facturare")], categories);
    }

    [Fact]
    public async Task A_category_a_ticket_could_not_be_filed_under_or_a_null_one_is_left_out_of_the_choice_not_the_whole_list()
    {
        Platform.OnJson("tickets/categories/", """
            {"success": true, "data": {"categories": [
              {"id": "x", "name": "Broken id"}, {"id": 0, "name": "Zero"}, {"id": 5, "name": "", "name_en": null}, null,
              {"id": 3, "name": "Găzduire", "name_en": "Hosting"}]}}
            """);

        var categories = await Desk.ListCategoriesAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal([new TicketCategory(3, "Hosting")], categories);
    }

    [Fact]
    public async Task A_ticket_id_that_is_not_a_number_is_not_found_without_asking_the_Platform()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => Desk.ReplyAsync(ScopeFor(Portal), new TicketId("TK2026-0000A5F3"), "Hello?", CancellationToken.None));

        Assert.Equal("ticket", error.What);
        Assert.Empty(Platform.Requests);
    }

    [Fact]
    public async Task Creating_is_never_retried_even_after_a_503()
    {
        Platform.On("tickets/create/", (context, _) =>
        {
            context.Response.Headers.RetryAfter = "0";
            return FakePlatform.WriteJsonAsync(context, """{"success": false}""", StatusCodes.Status503ServiceUnavailable);
        });

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => Desk.CreateAsync(
            ScopeFor(Portal), new NewTicket("Site is slow", "Since Monday the site is slow.", TicketPriority.Normal, null), CancellationToken.None));

        Assert.Equal("support", error.Area);
        var request = Assert.Single(Platform.Requests);
        Assert.False(request.Json.TryGetProperty("category", out _));
    }

    [Fact]
    public async Task Replying_is_never_retried_even_after_a_dropped_connection()
    {
        Platform.On("tickets/5/reply/", (context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });

        await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Desk.ReplyAsync(ScopeFor(Portal), new TicketId("5"), "Hello?", CancellationToken.None));

        Assert.Single(Platform.Requests);
    }

    [Fact]
    public async Task Reading_a_ticket_is_retried_after_a_503()
    {
        Platform.OnSequence(
            "tickets/5/",
            FakePlatform.Json("""{"success": false}""", StatusCodes.Status503ServiceUnavailable),
            FakePlatform.Json($$$"""{"success": true, "data": {"ticket": {{{Detail()}}}, "permissions": {"can_reply": true} } }"""));

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal(new TicketId("5"), ticket.Id);
        Assert.Equal(2, Platform.Requests.Count);
    }
}
