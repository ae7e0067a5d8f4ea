using System.Net;
using Portal.Domain.Tickets;

namespace Portal.Web.FunctionalTests.Pages;

public sealed class TicketTests
{
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

        var response = await browser.SubmitAsync(
            "/t/tenant-1/tickets/new",
            "/t/tenant-1/tickets/new",
            ("Title", "Cannot log in to webmail"),
            ("Description", "The webmail page says my password is wrong."),
            ("Priority", "urgent"),
            ("Category", ""));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/t/tenant-1/tickets/tk-new-", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(TicketPriority.Urgent, app.Support.LastCreated?.Priority);
    }

    [Fact]
    public async Task A_too_short_ticket_is_answered_beside_its_fields()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync(
            "/t/tenant-1/tickets/new", "/t/tenant-1/tickets/new", ("Title", "Hi"), ("Description", "Help"), ("Priority", "normal"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"Title-error\">Title must be between 5 and 200 characters.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Description-error\">", html, StringComparison.Ordinal);
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
    public async Task A_reply_the_desk_refuses_shows_its_reason()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();

        var response = await browser.SubmitAsync("/t/tenant-1/tickets/tk-closed", "/t/tenant-1/tickets/tk-closed", ("Content", "Hello?"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This ticket is closed; open a new one instead.", html, StringComparison.Ordinal);
        Assert.Contains("Hello?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_with_the_token_of_another_tickets_form_is_refused()
    {
        using var app = new PortalApp();
        using var browser = await app.SignedInBrowser();
        var (_, otherTicket) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-closed");

        var response = await browser.PostFormAsync(
            "/t/tenant-1/tickets/tk-1", [new("__csrf", Browser.CsrfToken(otherTicket, "/t/tenant-1/tickets/tk-closed")), new("Content", "Hi")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(app.Support.LastReply);
    }
}
