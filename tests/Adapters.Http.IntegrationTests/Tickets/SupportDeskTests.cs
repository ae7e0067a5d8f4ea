using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Adapters.Http.IntegrationTests.Tickets;

public sealed class SupportDeskTests : PlatformTestBase
{
    private const string TicketJson = """
        {"id": 5, "ticket_number": "TK-2026-00005", "title": "Site is slow", "status": "in_progress", "priority": "high",
         "category_name": "Hosting", "comments_count": 2, "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-21T09:00:00Z",
         "description": "Since Monday the site takes 10 s to load.",
         "comments": [
           {"id": 12, "author_name": "Support Team", "is_from_staff": true, "content": "Looking into it.", "created_at": "2026-11-21T09:00:00Z"},
           {"id": 11, "author_name": "Ana Lima", "is_from_staff": false, "content": "Any news?", "created_at": "2026-11-20T18:00:00Z"}]}
        """;

    private ISupportDesk Desk => Portal.Get<ISupportDesk>();

    [Fact]
    public async Task Tickets_pass_paging_filters_and_search_through_and_map_the_list()
    {
        Platform.OnJson("tickets/", $$$"""
            {"success": true, "data": {"tickets": [{{{TicketJson}}}],
              "pagination": {"page": 1, "limit": 25, "total": 1, "pages": 1, "has_next": false, "has_previous": false} } }
            """);

        var page = await Desk.ListAsync(
            ScopeFor(Portal), new TicketFilter(TicketStatus.InProgress, TicketPriority.High, "slow site"), PageRequest.First, CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/tickets/");
        Assert.Equal(("in_progress", "high", "slow site"), (
            request.Json.GetProperty("status").GetString(),
            request.Json.GetProperty("priority").GetString(),
            request.Json.GetProperty("search").GetString()));
        Assert.Equal((1, 25), (request.Json.GetProperty("page").GetInt32(), request.Json.GetProperty("limit").GetInt32()));
        var ticket = Assert.Single(page.Items);
        Assert.Equal(new TicketId("5"), ticket.Id);
        Assert.Equal(("TK-2026-00005", "Site is slow", "Hosting", 2), (ticket.Number, ticket.Title, ticket.Category, ticket.CommentsCount));
        Assert.Equal((TicketStatus.InProgress, TicketPriority.High), (ticket.Status, ticket.Priority));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero), ticket.UpdatedAt);
    }

    [Fact]
    public async Task The_summary_maps_the_counts()
    {
        Platform.OnJson("tickets/summary/", """
            {"success": true, "data": {"total_tickets": 9, "open_tickets": 3, "pending_tickets": 2, "resolved_tickets": 4}}
            """);

        var summary = await Desk.GetSummaryAsync(ScopeFor(Portal), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/tickets/summary/");
        Assert.Equal((9, 3, 2, 4), (summary.TotalTickets, summary.OpenTickets, summary.PendingTickets, summary.ResolvedTickets));
    }

    [Fact]
    public async Task A_ticket_comes_with_its_description_and_comments_oldest_first()
    {
        Platform.OnJson("tickets/5/", $$$"""{"success": true, "data": {"ticket": {{{TicketJson}}}}}""");

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/tickets/5/");
        Assert.Equal("Since Monday the site takes 10 s to load.", ticket.Description);
        Assert.Collection(
            ticket.Comments,
            first => Assert.Equal(("11", "Ana Lima", false, "Any news?"), (first.Id.Value, first.AuthorName, first.IsFromStaff, first.Content)),
            second => Assert.Equal(("12", "Support Team", true), (second.Id.Value, second.AuthorName, second.IsFromStaff)));
    }

    [Fact]
    public async Task Creating_a_ticket_sends_its_fields_and_answers_the_stored_ticket()
    {
        Platform.OnJson("tickets/create/", $$$"""{"success": true, "data": {"ticket": {{{TicketJson}}}}}""");

        var created = await Desk.CreateAsync(
            ScopeFor(Portal), new NewTicket("Site is slow", "Since Monday the site takes 10 s to load.", TicketPriority.Urgent, "Hosting"), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/tickets/create/");
        Assert.Equal(("Site is slow", "Since Monday the site takes 10 s to load.", "urgent", "Hosting"), (
            request.Json.GetProperty("title").GetString(),
            request.Json.GetProperty("description").GetString(),
            request.Json.GetProperty("priority").GetString(),
            request.Json.GetProperty("category").GetString()));
        Assert.Equal(new TicketId("5"), created.Id);
    }

    [Fact]
    public async Task Replying_sends_the_content_and_answers_the_stored_comment()
    {
        Platform.OnJson("tickets/5/reply/", """
            {"success": true, "data": {"comment": {"id": 13, "author_name": "Ana Lima", "is_from_staff": false, "content": "Thanks!", "created_at": "2026-11-22T08:00:00Z"}}}
            """);

        var comment = await Desk.ReplyAsync(ScopeFor(Portal), new TicketId("5"), "Thanks!", CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/tickets/5/reply/");
        Assert.Equal("Thanks!", request.Json.GetProperty("content").GetString());
        Assert.Equal(("13", "Thanks!"), (comment.Id.Value, comment.Content));
    }

    [Fact]
    public async Task Replying_to_a_closed_ticket_is_rejected_with_the_platforms_reason()
    {
        Platform.OnJson("tickets/5/reply/", """{"success": false, "error": "This ticket is closed."}""", StatusCodes.Status400BadRequest);

        var error = await Assert.ThrowsAsync<RequestRejectedException>(
            () => Desk.ReplyAsync(ScopeFor(Portal), new TicketId("5"), "Hello?", CancellationToken.None));

        Assert.Equal("This ticket is closed.", error.Message);
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
            FakePlatform.Json($$$"""{"success": true, "data": {"ticket": {{{TicketJson}}}}}"""));

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal(new TicketId("5"), ticket.Id);
        Assert.Equal(2, Platform.Requests.Count);
    }
}
