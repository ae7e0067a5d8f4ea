using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Tickets;

namespace Portal.Web.FunctionalTests.Pages;

public sealed class TicketTests
{
    private const string NewTicketPage = "/t/tenant-1/tickets/new";

    [Fact]
    public async Task Tickets_filter_by_status_priority_and_text()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/tickets?status=open&priority=high&search=email");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new TicketFilter(TicketStatus.Open, TicketPriority.High, "email"), app.Support.LastFilter);
        Assert.Contains("href=\"/t/tenant-1/tickets/tk-1\"", html, StringComparison.Ordinal);
    }

    /// <summary>27 tickets, the first page's first 3 sent with ids Portal cannot address: 24 counted, still on two pages.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("?sort=title")]
    public async Task A_count_lowered_by_rows_left_out_keeps_the_Platforms_pages_sorted_or_not(string query)
    {
        using var app = new PortalApp();
        for (var i = 0; i < 25; i++)
        {
            app.Support.Add(Samples.Ticket("tk-" + (100 + i).ToString(CultureInfo.InvariantCulture)));
        }

        app.Support.LeftOutRows = 3;
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/tickets" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p class=\"muted\">24 tickets</p>", html, StringComparison.Ordinal);
        Assert.Contains("page=2\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?sort=updated")]
    public async Task A_ticket_whose_times_are_unknown_is_listed_and_opened_with_a_dash(string query)
    {
        using var app = new PortalApp();
        app.Support.Add(new Ticket(
            new TicketSummary(new TicketId("tk-undated"), "TK-00009", "Undated one", TicketStatus.Open, TicketPriority.Normal, null, null, null),
            "No time came with it.",
            []));
        using var browser = await app.SignedInBrowser();

        var (listResponse, list) = await browser.GetPageAsync("/t/tenant-1/tickets" + query);
        var (detailResponse, detail) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-undated");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (listResponse.StatusCode, detailResponse.StatusCode));
        Assert.Matches(new Regex("Undated one</a></td>(?:(?!</tr>).)*<td>—</td>\\s*</tr>", RegexOptions.Singleline), list);
        Assert.Contains("<dt>Opened</dt><dd>—</dd>", detail, StringComparison.Ordinal);
    }

    /// <summary>
    /// The two times contradict each other: the update time alone is unknown, so the ticket shows as updated when opened.
    /// The ticket's own page shows no update time; the adapter's test opens such a ticket.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("?sort=updated")]
    public async Task A_ticket_updated_before_it_was_opened_is_listed_as_updated_when_it_was_opened(string query)
    {
        using var app = new PortalApp();
        app.Support.Add(new Ticket(
            new TicketSummary(new TicketId("tk-odd"), "TK-00009", "Contradictory one", TicketStatus.Open, TicketPriority.Normal, null, Samples.At, Samples.At.AddDays(-1)),
            "Its update time is before its opening.",
            []));
        using var browser = await app.SignedInBrowser();

        var (response, list) = await browser.GetPageAsync("/t/tenant-1/tickets" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(new Regex("Contradictory one</a></td>(?:(?!</tr>).)*<td><time datetime=\"2026-11-01T09:00:00Z\"", RegexOptions.Singleline), list);
    }

    /// <summary>
    /// 26 tickets, each page's first sent with an id Portal cannot address: the second page's only row is left out, so it
    /// says none of its rows can be shown, not that the 25 counted tickets are none; a search finding none keeps its words.
    /// </summary>
    [Fact]
    public async Task A_page_whose_every_row_was_left_out_says_so_not_that_no_tickets_were_found()
    {
        using var app = new PortalApp();
        for (var i = 0; i < 24; i++)
        {
            app.Support.Add(Samples.Ticket("tk-" + (100 + i).ToString(CultureInfo.InvariantCulture)));
        }

        app.Support.LeftOutRows = 1;
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/tickets?page=2");
        var (_, none) = await browser.GetPageAsync("/t/tenant-1/tickets?search=no-such-ticket");

        Assert.Contains("<p class=\"muted\">25 tickets</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>No tickets on this page can be shown.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No tickets match", html, StringComparison.Ordinal);
        Assert.Contains("<p>No tickets match these filters.</p>", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_shows_its_conversation()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Since this morning no email arrives.", html, StringComparison.Ordinal);
        Assert.Contains("We are looking into it.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_ticket_is_opened_and_redirects_to_it()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await OpenWebmailTicketAsync(browser, "urgent", "");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/t/tenant-1/tickets/tk-new-", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(TicketPriority.Urgent, app.Support.LastCreated?.Priority);
    }

    [Fact]
    public async Task A_too_short_ticket_is_answered_beside_its_fields_and_in_a_summary_atop_the_form()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            "/t/tenant-1/tickets/new", "/t/tenant-1/tickets/new", ("Title", "Hi"), ("Description", "Help"), ("Priority", "normal"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Title-error\">Title must be between 5 and 200 characters.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Description-error\">", html, StringComparison.Ordinal);
        Assert.Equal(["Title", "Description"], ErrorSummaryMarkup.Links(html, NewTicketPage).Select(link => link.Target));
        Assert.Null(app.Support.LastCreated);
    }

    [Fact]
    public async Task A_reply_is_sent_and_redirects_back_to_the_ticket()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync("/t/tenant-1/tickets/tk-1", "/t/tenant-1/tickets/tk-1", ("Content", "Still broken, thanks."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/t/tenant-1/tickets/tk-1?replied=true", response.Headers.Location?.OriginalString);
        Assert.Equal((new TicketId("tk-1"), "Still broken, thanks."), app.Support.LastReply);
    }

    [Fact]
    public async Task A_reply_the_support_desk_does_not_take_while_down_is_shown_back_on_the_error_page_to_copy()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var (_, page) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-1");
        app.Support.Failure = new BackendUnavailableException("support", "circuit open");
        var reply = "Still broken since <Monday>,\nthe form says 502.";

        var response = await browser.PostFormAsync(
            "/t/tenant-1/tickets/tk-1", [new("__csrf", Browser.CsrfToken(page, "/t/tenant-1/tickets/tk-1")), new("Content", reply)]);
        var html = await response.Content.ReadAsStringAsync();

        // Neither the reply nor the ticket's page could be had from the support desk: the reply is not lost with them.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("<h1>Perhaps not saved</h1>", html, StringComparison.Ordinal);
        Assert.Contains("check whether it arrived before you send it again.", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"entries-heading\">What you entered</h2>", html, StringComparison.Ordinal);
        Assert.Contains("readonly rows=\"2\">Still broken since &lt;Monday&gt;,&#xA;the form says 502.</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Browser.CsrfToken(page, "/t/tenant-1/tickets/tk-1"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_the_desk_refuses_shows_its_reason_and_what_to_do_instead()
    {
        using var app = new PortalApp();

        // The Platform closed the ticket between showing the form and receiving the reply.
        app.Support.Add(Samples.Ticket("tk-race", TicketStatus.Closed) with { CanReply = true });
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync("/t/tenant-1/tickets/tk-race", "/t/tenant-1/tickets/tk-race", ("Content", "Hello?"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\">Cannot reply to closed tickets</p>", html, StringComparison.Ordinal);
        Assert.Contains("Hello?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Platforms_field_error_on_a_reply_is_shown_beside_the_reply_and_in_a_summary_atop_the_reply_form()
    {
        using var app = new PortalApp();
        app.Support.ReplyFieldErrors = new Dictionary<string, IReadOnlyList<string>> { ["content"] = ["Reply content must be at least 2 characters."] };
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync("/t/tenant-1/tickets/tk-1", "/t/tenant-1/tickets/tk-1", ("Content", "Still broken."));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Content-error\">Reply content must be at least 2 characters.</p>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\">Please correct the marked fields.</p>", html, StringComparison.Ordinal);
        Assert.Equal([("Content", "Reply content must be at least 2 characters.")], ErrorSummaryMarkup.Links(html, "/t/tenant-1/tickets/tk-1"));
    }

    [Fact]
    public async Task A_closed_ticket_has_no_reply_form_and_says_why()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var (response, html) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-closed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Send reply", html, StringComparison.Ordinal);
        Assert.Contains("This ticket is closed, so it takes no more replies.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/tenant-1/tickets/new\">Open a new ticket</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_the_Platform_takes_no_replies_on_has_no_form_even_when_open()
    {
        using var app = new PortalApp();
        app.Support.Add(Samples.Ticket("tk-frozen") with { CanReply = false });
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-frozen");

        Assert.DoesNotContain("Send reply", html, StringComparison.Ordinal);
        Assert.Contains("Support does not take replies on this ticket at the moment.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_list_their_attachments_by_name_and_size()
    {
        using var app = new PortalApp();
        var ticket = Samples.Ticket("tk-files");
        app.Support.Add(new Ticket(
            ticket.Summary,
            ticket.Description,
            [new TicketComment(new TicketCommentId("c-9"), "Ion Pop", true, "See the log.", ticket.Summary.CreatedAt, [new TicketAttachment("31", "slow-log.txt", 20_480) { IsSafe = true }])]));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-files");

        Assert.Contains("<a href=\"/t/tenant-1/tickets/tk-files/attachments/31\" download>slow-log.txt</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"muted\">(20&#xA0;KB)</span>", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// A size, a ticket number or an author's name the Platform did not give reads as unknown or is left
    /// out, and the ticket and its list still show.
    /// </summary>
    [Fact]
    public async Task A_file_without_a_size_a_ticket_without_a_number_and_a_reply_without_an_author_show_what_is_known()
    {
        using var app = new PortalApp();
        var ticket = Samples.Ticket("tk-unsized");
        app.Support.Add(new Ticket(
            new TicketSummary(ticket.Id, null, "Unsized one", TicketStatus.Open, TicketPriority.Normal, null, ticket.Summary.CreatedAt, ticket.Summary.UpdatedAt),
            ticket.Description,
            [new TicketComment(new TicketCommentId("c-9"), null, true, "See the log.", ticket.Summary.CreatedAt, [new TicketAttachment("31", "slow-log.txt", null) { IsSafe = true }])]));
        using var browser = await app.SignedInBrowser();

        var (_, list) = await browser.GetPageAsync("/t/tenant-1/tickets");
        var (_, detail) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-unsized?opened=true");

        Assert.Contains(">Unsized one</a></td>", list, StringComparison.Ordinal);
        Assert.Contains("<dt>Ticket</dt><dd>—</dd>", detail, StringComparison.Ordinal);
        Assert.Contains("Ticket opened. Support will answer here.", detail, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/t/tenant-1/tickets/tk-unsized/attachments/31\" download>slow-log.txt</a>", detail, StringComparison.Ordinal);
        Assert.Contains("<span class=\"muted\">(size unknown)</span>", detail, StringComparison.Ordinal);
        Assert.Contains("<span class=\"author-role\">Staff</span> · ", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_whose_side_the_Platform_did_not_say_is_labelled_neither_staffs_nor_the_customers()
    {
        using var app = new PortalApp();
        var ticket = Samples.Ticket("tk-sideless");
        app.Support.Add(new Ticket(
            ticket.Summary,
            ticket.Description,
            [
                new TicketComment(new TicketCommentId("c-1"), "Ion Pop", null, "Looking.", ticket.Summary.CreatedAt),
                new TicketComment(new TicketCommentId("c-2"), null, null, "Anyone?", ticket.Summary.CreatedAt),
            ]));
        using var browser = await app.SignedInBrowser();

        var (response, detail) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-sideless");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("author-role", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("from-customer", detail, StringComparison.Ordinal);
        Assert.Contains("<li class=\"comment\">\n                <p class=\"comment-meta\"><strong>Ion Pop</strong> · ", detail, StringComparison.Ordinal);
        Assert.Matches("<p class=\"comment-meta\"><time[^>]*>[^<]+</time></p>", detail);
    }

    [Fact]
    public async Task Unknown_statuses_and_priorities_read_as_they_came_and_no_comment_count_contradicts_the_replies_the_ticket_shows()
    {
        using var app = new PortalApp();
        var odd = Samples.Ticket("tk-odd");
        app.Support.Add(new Ticket(
            new TicketSummary(odd.Id, "TK-ODD", "Odd one", TicketStatus.Unknown, TicketPriority.Unknown, null, odd.Summary.CreatedAt, odd.Summary.UpdatedAt)
            {
                StatusCode = "escalated",
                PriorityCode = "blocker",
            },
            odd.Description,
            []));
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/tickets");

        Assert.Contains("<td>escalated</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>blocker</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Comments", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Replies<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_ticket_form_offers_the_Platforms_categories_and_sends_the_chosen_id()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var (_, form) = await browser.GetPageAsync("/t/tenant-1/tickets/new");

        var response = await OpenWebmailTicketAsync(browser, "critical", "2");

        Assert.Contains("<option value=\"\">Let support decide</option>", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"1\">Hosting</option>", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"critical\">Critical</option>", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((2L, TicketPriority.Critical), (app.Support.LastCreated?.CategoryId, app.Support.LastCreated?.Priority));
    }

    [Theory]
    [InlineData("1 OR 1=1")]
    [InlineData("-2")]
    [InlineData("Billing")]
    public async Task A_forged_category_is_answered_beside_the_field_and_nothing_is_sent(string forged)
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await OpenWebmailTicketAsync(browser, category: forged);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Category-error\">Choose a category from the list.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<select id=\"Category\" name=\"Category\"", html, StringComparison.Ordinal);
        Assert.Null(app.Support.LastCreated);
    }

    [Fact]
    public async Task Without_categories_from_the_Platform_the_form_still_opens_a_ticket()
    {
        using var app = new PortalApp();
        app.Support.CategoriesAnswer = () => throw new BackendUnavailableException("support", "timed out");
        using var browser = await app.SignedInBrowser();
        var (formResponse, form) = await browser.GetPageAsync("/t/tenant-1/tickets/new");

        var response = await OpenWebmailTicketAsync(browser);

        Assert.Equal(HttpStatusCode.OK, formResponse.StatusCode);
        Assert.Contains("Categories cannot be listed right now", form, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Category\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(app.Support.LastCreated?.CategoryId);
    }

    [Fact]
    public async Task A_role_the_Platform_refuses_sees_the_form_again_with_the_reason_and_403()
    {
        using var app = new PortalApp();
        app.Support.CreateRefusal = new ActionNotPermittedException("The Platform does not allow this for your role: Owner role required for this action.");
        using var browser = await app.SignedInBrowser();

        var response = await OpenWebmailTicketAsync(browser);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("role=\"alert\">The Platform does not allow this for your role: Owner role required for this action.</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Cannot log in to webmail\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_the_Platform_did_not_answer_for_keeps_what_was_typed_and_says_it_may_have_arrived()
    {
        using var app = new PortalApp();
        app.Support.CreateRefusal = new BackendUnavailableException("support", "timed out");
        using var browser = await app.SignedInBrowser();

        var response = await OpenWebmailTicketAsync(browser);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(
            "role=\"alert\">The support part is unavailable right now. If it only answered too late, this may have been saved all the same: check before sending it again.</p>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("value=\"Cannot log in to webmail\"", html, StringComparison.Ordinal);
        Assert.Contains("The webmail page says my password is wrong.</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_a_busy_Platform_refused_keeps_what_was_typed_and_says_when_to_try_again()
    {
        using var app = new PortalApp();
        app.Support.CreateRefusal = new BackendBusyException("support", TimeSpan.FromSeconds(16.2));
        using var browser = await app.SignedInBrowser();

        var response = await OpenWebmailTicketAsync(browser);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("17", response.Headers.GetValues("Retry-After").Single());
        Assert.Contains("role=\"alert\">The support part is busy; try again in 17 s. Nothing was saved; what you entered is below.</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Cannot log in to webmail\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Platforms_field_errors_are_shown_beside_the_fields()
    {
        using var app = new PortalApp();
        app.Support.CreateFieldErrors = new Dictionary<string, IReadOnlyList<string>>
        {
            ["title"] = ["Ensure this field has no more than 200 characters."],
            ["category"] = ["Invalid pk \"2\" - object does not exist."],
            ["contact_email"] = ["Enter a valid email address."],
        };
        using var browser = await app.SignedInBrowser();

        var response = await OpenWebmailTicketAsync(browser, category: "2");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Title-error\">Ensure this field has no more than 200 characters.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Category-error\">Invalid pk &quot;2&quot; - object does not exist.</p>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\">Enter a valid email address.</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Cannot log in to webmail\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_with_the_token_of_another_tickets_form_is_refused()
    {
        using var app = new PortalApp();
        app.Support.Add(Samples.Ticket("tk-2"));
        using var browser = await app.SignedInBrowser();
        var (_, otherTicket) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-2");

        var response = await browser.PostFormAsync(
            "/t/tenant-1/tickets/tk-1", [new("__csrf", Browser.CsrfToken(otherTicket, "/t/tenant-1/tickets/tk-2")), new("Content", "Hi")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(app.Support.LastReply);
    }

    /// <summary>Fills in and posts the new-ticket form for a webmail problem, with <paramref name="category"/> when one is given.</summary>
    private static Task<HttpResponseMessage> OpenWebmailTicketAsync(Browser browser, string priority = "normal", string? category = null)
    {
        List<(string Name, string Value)> fields =
        [
            ("Title", "Cannot log in to webmail"),
            ("Description", "The webmail page says my password is wrong."),
            ("Priority", priority),
        ];
        if (category is not null)
        {
            fields.Add(("Category", category));
        }

        return browser.SubmitAsync(NewTicketPage, NewTicketPage, [.. fields]);
    }
}
