using System.Text;
using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Tickets;

namespace Portal.Adapters.Http.IntegrationTests.Tickets;

/// <summary>A ticket's files: listed with what the Platform says of them, and downloaded as platform-api.md §8 answers.</summary>
public sealed class TicketAttachmentTests : PlatformTestBase
{
    private const string DownloadPath = "tickets/5/attachments/31/download/";
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private static readonly byte[] FirstChunk = FakePlatform.Utf8("<!DOCTYPE html>\n<h1>first chunk</h1>\n");
    private static readonly byte[] Rest = FakePlatform.Utf8("<p>the rest</p>\n");

    private ISupportDesk Desk => Portal.Get<ISupportDesk>();

    /// <summary>
    /// A file is offered only when the Platform says its scan passed it: without the flag it is not known to have, which is
    /// unknown rather than flagged.
    /// </summary>
    [Fact]
    public async Task The_tickets_files_and_each_replys_come_with_their_type_and_whether_the_Platform_hands_them_out()
    {
        Platform.OnJson("tickets/5/", """
            {"success": true, "data": {"ticket": {"id": 5, "ticket_number": "TK2026-0000A5F3", "title": "Site is slow", "description": "Slow.",
              "status": "open", "priority": "high", "created_at": "2026-11-20T12:00:00+02:00", "updated_at": "2026-11-20T12:00:00+02:00",
              "comments": [{"id": 12, "content": "See the files.", "author_name": "Ion Pop", "author_role": "Staff", "is_staff_reply": true,
                "created_at": "2026-11-21T11:00:00+02:00",
                "attachments": [{"id": 31, "filename": "report.pdf", "file_size": 2048, "content_type": "application/pdf", "is_safe": true}]}],
              "attachments": [
                {"id": 31, "filename": "report.pdf", "file_size": 2048, "content_type": "application/pdf", "is_safe": true},
                {"id": 32, "filename": "tool.exe", "file_size": 10, "content_type": "application/x-msdownload", "is_safe": false},
                {"id": 33, "filename": "notes.txt", "file_size": 5},
                {"id": 34, "filename": "", "file_size": 7},
                {"id": 35, "filename": "scan.png", "file_size": 9, "is_safe": null}]}}}
            """);

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal(
            [("31", "report.pdf", "application/pdf", true), ("32", "tool.exe", "application/x-msdownload", false), ("33", "notes.txt", null, null),
             ("34", "attachment 34", null, null), ("35", "scan.png", null, null)],
            ticket.Attachments.Select(a => (a.Id, a.FileName, a.ContentType, a.IsSafe)));
        var replyFile = Assert.Single(Assert.Single(ticket.Comments).Attachments);
        Assert.Equal(("31", "application/pdf", true), (replyFile.Id, replyFile.ContentType, replyFile.IsSafe));
    }

    /// <summary>A safety flag that is no flag costs that file its link, never the ticket: it is not known to be safe, nor flagged.</summary>
    [Theory]
    [InlineData("\"maybe\"")]
    [InlineData("2")]
    [InlineData("{\"scan\": \"passed\"}")]
    [InlineData("[true]")]
    public async Task A_file_whose_safety_flag_is_no_flag_is_listed_but_not_offered_and_the_ticket_opens(string value)
    {
        Platform.OnJson("tickets/5/", $$$"""
            {"success": true, "data": {"ticket": {"id": 5, "ticket_number": "TK2026-0000A5F3", "title": "Site is slow", "status": "open",
              "priority": "high", "created_at": "2026-11-20T12:00:00+02:00", "updated_at": "2026-11-20T12:00:00+02:00", "comments": [],
              "attachments": [
                {"id": 31, "filename": "report.pdf", "file_size": 2048, "is_safe": {{{value}}}, "content_type": "application/pdf"},
                {"id": 32, "filename": "notes.txt", "file_size": 5, "is_safe": true}]} } }
            """);

        var ticket = await Desk.GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None);

        Assert.Equal(
            [("31", "report.pdf", "application/pdf", null), ("32", "notes.txt", null, true)],
            ticket.Attachments.Select(a => (a.Id, a.FileName, a.ContentType, a.IsSafe)));
    }

    [Fact]
    public async Task A_file_is_streamed_with_the_Platforms_type_name_and_length_and_the_first_chunk_is_readable_before_the_rest_is_sent()
    {
        var sendRest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Platform.On(DownloadPath, async (context, _) =>
        {
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = FirstChunk.Length + Rest.Length;
            context.Response.Headers.ContentDisposition = "attachment; filename=\"error page.html\"";
            await context.Response.Body.WriteAsync(FirstChunk, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await sendRest.Task.WaitAsync(context.RequestAborted);
            await context.Response.Body.WriteAsync(Rest, context.RequestAborted);
            finished.TrySetResult();
        });

        await using var file = await Desk.OpenAttachmentAsync(ScopeFor(Portal), new TicketId("5"), "31", CancellationToken.None).WaitAsync(Guard);

        Assert.Equal(("text/html", "error page.html", (long?)(FirstChunk.Length + Rest.Length)), (file.ContentType, file.FileName, file.Length));
        var first = new byte[FirstChunk.Length];
        await file.Content.ReadExactlyAsync(first).AsTask().WaitAsync(Guard);
        Assert.Equal(FirstChunk, first);
        Assert.False(finished.Task.IsCompleted, "the Platform had already sent everything");

        sendRest.SetResult();
        using var rest = new MemoryStream();
        await file.Content.CopyToAsync(rest).WaitAsync(Guard);
        Assert.Equal(Rest, rest.ToArray());
        AssertScopedPost(Assert.Single(Platform.Requests), "/api/" + DownloadPath);
    }

    [Theory]
    [InlineData("""{"detail": "Attachment not found or access denied"}""")]
    [InlineData("""{"detail": "File not available"}""")]
    public async Task A_file_the_Platform_does_not_hand_out_is_not_found(string body)
    {
        Platform.OnJson(DownloadPath, body, StatusCodes.Status404NotFound);

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => Desk.OpenAttachmentAsync(ScopeFor(Portal), new TicketId("5"), "31", CancellationToken.None));

        Assert.Contains("attachment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Platforms_plain_text_500_is_the_support_desk_being_unavailable()
    {
        Platform.On(DownloadPath, async (context, _) =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/plain";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("Unable to download attachment"));
        });

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Desk.OpenAttachmentAsync(ScopeFor(Portal), new TicketId("5"), "31", CancellationToken.None));

        Assert.Equal("support", error.Area);
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_page_that_is_not_sent_as_an_attachment_is_a_page_in_front_of_the_Platform_not_the_file()
    {
        Platform.On(DownloadPath, FakePlatform.Html(StatusCodes.Status200OK));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Desk.OpenAttachmentAsync(ScopeFor(Portal), new TicketId("5"), "31", CancellationToken.None));

        Assert.Contains("web page", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5", "x31")]
    [InlineData("tk-5", "31")]
    public async Task Ids_that_cannot_be_the_Platforms_are_not_found_without_a_call(string ticketId, string attachmentId)
    {
        await Assert.ThrowsAsync<NotFoundException>(
            () => Desk.OpenAttachmentAsync(ScopeFor(Portal), new TicketId(ticketId), attachmentId, CancellationToken.None));

        Assert.Empty(Platform.Requests);
    }

    [Fact]
    public async Task Disposing_the_file_releases_the_Platforms_response()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Platform.On(DownloadPath, async (context, _) =>
        {
            context.Response.ContentType = "application/pdf";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"report.pdf\"";
            await context.Response.Body.WriteAsync(FirstChunk, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                aborted.TrySetResult();
            }
        });

        var file = await Desk.OpenAttachmentAsync(ScopeFor(Portal), new TicketId("5"), "31", CancellationToken.None);
        await file.DisposeAsync();

        await aborted.Task.WaitAsync(Guard);
    }
}
