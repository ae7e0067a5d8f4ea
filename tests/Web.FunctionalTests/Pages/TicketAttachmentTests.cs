using System.Net;
using Portal.Domain.Tickets;

namespace Portal.Web.FunctionalTests.Pages;

/// <summary>
/// A ticket's files: listed on the ticket and each reply, downloaded through Portal as attachments only, with a type from
/// the allow-list or <c>application/octet-stream</c>, a sanitised name and <c>nosniff</c>; a flagged file is not offered,
/// nor one whose safety the Platform did not state.
/// </summary>
public sealed class TicketAttachmentTests
{
    private static readonly byte[] Bytes = "%PDF-1.7 demo"u8.ToArray();

    [Fact]
    public async Task The_ticket_lists_its_files_links_the_safe_ones_and_says_why_a_flagged_one_is_not_offered()
    {
        using var app = AppWithFiles();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-files");

        Assert.Contains("<h2 id=\"files-heading\">Files on this ticket</h2>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Occurrences("<a href=\"/t/tenant-1/tickets/tk-files/attachments/31\" download>slow-log.txt</a>"));
        Assert.Contains("<a href=\"/t/tenant-1/tickets/tk-files/attachments/33\" download>screenshot.png</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("attachments/32", html, StringComparison.Ordinal);
        Assert.Contains("<span>tool.exe</span>", html, StringComparison.Ordinal);
        Assert.Contains("held back by the Platform's safety check, so it cannot be downloaded", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_whose_safety_the_Platform_did_not_state_is_not_offered_and_not_said_to_be_held_back_by_its_check()
    {
        using var app = AppWithFiles();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-files");

        Assert.DoesNotContain("attachments/35", html, StringComparison.Ordinal);
        var item = html[html.IndexOf("<span>notes.txt</span>", StringComparison.Ordinal)..];
        item = item[..item.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains(
            "<span class=\"blocked-file\">— not offered for download: the Platform has not said it passed its safety check</span>",
            item,
            StringComparison.Ordinal);
        Assert.DoesNotContain("held back", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_reply_says_in_words_whether_staff_or_the_customer_wrote_it()
    {
        using var app = AppWithFiles();
        using var browser = await app.SignedInBrowser();

        var (_, html) = await browser.GetPageAsync("/t/tenant-1/tickets/tk-files");

        Assert.Contains("<li class=\"comment from-staff\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"author-role\">Staff</span> <strong>Ion Pop</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"comment from-customer\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"author-role\">Customer</span> <strong>Ana Lima</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_downloads_as_an_attachment_with_its_type_nosniff_and_the_backend_stream_released()
    {
        using var app = AppWithFiles();
        app.Support.AddFile(new TicketId("tk-files"), "31", "report.pdf", "application/pdf", Bytes);
        using var browser = await app.SignedInBrowser();

        using var response = await browser.GetAsync("/t/tenant-1/tickets/tk-files/attachments/31");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("report.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(Bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal(Bytes, bytes);
        Assert.True(app.Support.LastAttachment?.Disposed);
    }

    [Theory]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("image/svg+xml")]
    [InlineData("application/javascript")]
    [InlineData("application/x-unknown")]
    [InlineData(null)]
    public async Task A_type_outside_the_allow_list_is_sent_as_octet_stream(string? claimed)
    {
        using var app = AppWithFiles();
        app.Support.AddFile(new TicketId("tk-files"), "31", "page.html", claimed, "<script>alert(1)</script>"u8.ToArray());
        using var browser = await app.SignedInBrowser();

        using var response = await browser.GetAsync("/t/tenant-1/tickets/tk-files/attachments/31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("..\\..\\reports/Q3 \"final\"\u202Egpj.exe", "Q3 finalgpj.exe")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("line\r\nSet-Cookie: x=1.txt", "lineSet-Cookie x=1.txt")]
    [InlineData("raport-ianuarie-ăîș.pdf", "raport-ianuarie-ăîș.pdf")]
    [InlineData(" ... ", "attachment-31")]
    [InlineData(null, "slow-log.txt")]
    public async Task The_file_name_is_sanitised_and_offered_as_RFC_6266_filename_star(string? claimed, string offered)
    {
        using var app = AppWithFiles();
        app.Support.AddFile(new TicketId("tk-files"), "31", claimed, "text/plain", Bytes);
        using var browser = await app.SignedInBrowser();

        using var response = await browser.GetAsync("/t/tenant-1/tickets/tk-files/attachments/31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal(("attachment", offered), (disposition?.DispositionType, disposition?.FileNameStar));
        Assert.DoesNotContain('"', disposition?.FileName?.Trim('"') ?? string.Empty);
    }

    [Theory]
    [InlineData("/t/tenant-3/tickets/tk-files/attachments/31")]
    [InlineData("/t/tenant-1/tickets/tk-files/attachments/99")]
    [InlineData("/t/tenant-1/tickets/tk-other/attachments/31")]
    [InlineData("/t/tenant-1/tickets/tk-files/attachments/34")]
    [InlineData("/t/tenant-1/tickets/tk-files/attachments/32")]
    [InlineData("/t/tenant-1/tickets/tk-files/attachments/35")]
    public async Task Another_tenants_file_one_that_does_not_exist_a_staff_only_one_or_a_flagged_or_unchecked_one_is_not_found(string path)
    {
        using var app = AppWithFiles();
        app.Support.AddFile(new TicketId("tk-files"), "31", "report.pdf", "application/pdf", Bytes);

        // The Platform hands these out, but the ticket's public conversation does not offer them: 34 is on a staff-only
        // comment, 32 was flagged by the Platform's scan, of 35 it did not say whether its scan passed it.
        app.Support.AddFile(new TicketId("tk-files"), "34", "internal-notes.txt", "text/plain", Bytes);
        app.Support.AddFile(new TicketId("tk-files"), "32", "tool.exe", "application/x-msdownload", Bytes);
        app.Support.AddFile(new TicketId("tk-files"), "35", "notes.txt", "text/plain", Bytes);
        using var browser = await app.SignedInBrowser();

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Null(app.Support.LastAttachment);
    }

    [Fact]
    public async Task A_file_needs_a_sign_in_and_returns_to_it_afterwards()
    {
        using var app = AppWithFiles();
        using var browser = app.Browser();

        using var response = await browser.GetAsync("/t/tenant-1/tickets/tk-files/attachments/31");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(
            "/login?returnUrl=%2Ft%2Ftenant-1%2Ftickets%2Ftk-files%2Fattachments%2F31",
            response.Headers.Location?.OriginalString);
    }

    private static PortalApp AppWithFiles()
    {
        var app = new PortalApp();
        var ticket = Samples.Ticket("tk-files");
        var log = new TicketAttachment("31", "slow-log.txt", 20_480) { ContentType = "text/plain", IsSafe = true };
        var flagged = new TicketAttachment("32", "tool.exe", 10) { ContentType = "application/x-msdownload", IsSafe = false };
        var screenshot = new TicketAttachment("33", "screenshot.png", 68) { ContentType = "image/png", IsSafe = true };
        var unstated = new TicketAttachment("35", "notes.txt", 5) { ContentType = "text/plain", IsSafe = null };
        app.Support.Add(new Ticket(
            ticket.Summary,
            ticket.Description,
            [
                new TicketComment(new TicketCommentId("c-9"), "Ion Pop", true, "See the log.", ticket.Summary.CreatedAt, [log, flagged]),
                new TicketComment(new TicketCommentId("c-10"), "Ana Lima", false, "Here is what I see.", ticket.Summary.CreatedAt, [screenshot]),
            ])
        {
            Attachments = [log, flagged, screenshot, unstated],
        });
        return app;
    }
}
