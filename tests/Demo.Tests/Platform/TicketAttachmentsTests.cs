using System.Net;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>
/// A ticket's files as platform-api.md §8 describes their download: raw bytes with the stored type as an attachment,
/// DRF's <c>{detail}</c> 404s for another customer's file and for one the scan flagged.
/// </summary>
public sealed class TicketAttachmentsTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task The_ticket_waiting_on_the_customer_carries_files_of_every_kind_and_one_flagged_unsafe()
    {
        var ticket = await TicketWithFilesAsync(PlatformClient.Riverside);
        var files = ticket.GetProperty("attachments").EnumerateArray().ToList();

        Assert.Equal(
            ["application/pdf", "application/x-msdownload", "image/png", "text/html", "text/plain"],
            files.Select(f => f.GetProperty("content_type").GetString()!).Order(StringComparer.Ordinal));
        var unsafeFile = Assert.Single(files, f => !f.GetProperty("is_safe").GetBoolean());
        Assert.Equal("cleanup-tool.exe", unsafeFile.GetProperty("filename").GetString());
        Assert.All(files, f => Assert.Equal(
            $"/api/tickets/{ticket.GetProperty("id").GetInt64()}/attachments/{f.GetProperty("id").GetInt64()}/download/",
            f.GetProperty("file_url").GetString()));
    }

    [Fact]
    public async Task A_file_downloads_as_raw_bytes_with_its_stored_type_as_an_attachment()
    {
        var ticket = await TicketWithFilesAsync(PlatformClient.Riverside);
        var pdf = ticket.GetProperty("attachments").EnumerateArray().First(f => f.GetProperty("filename").GetString() == "diagnostics-report.pdf");

        var (response, bytes) = await Client.PostRawAsync(Download(pdf), PlatformClient.Dana, PlatformClient.Riverside);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("diagnostics-report.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal(pdf.GetProperty("file_size").GetInt64(), response.Content.Headers.ContentLength);
            Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        }
    }

    [Fact]
    public async Task A_flagged_file_and_another_customers_file_are_404_in_DRFs_detail_shape()
    {
        var ticket = await TicketWithFilesAsync(PlatformClient.Riverside);
        var files = ticket.GetProperty("attachments").EnumerateArray().ToList();
        var flagged = files.First(f => !f.GetProperty("is_safe").GetBoolean());
        var safe = files.First(f => f.GetProperty("is_safe").GetBoolean());

        var (flaggedStatus, flaggedJson) = await Client.PostAsync(Download(flagged), PlatformClient.Dana, PlatformClient.Riverside);
        var (otherStatus, otherJson) = await Client.PostAsync(Download(safe), PlatformClient.Marco, PlatformClient.Summit);

        Assert.Equal((HttpStatusCode.NotFound, "File not available"), (flaggedStatus, flaggedJson.GetProperty("detail").GetString()));
        Assert.Equal((HttpStatusCode.NotFound, "Attachment not found or access denied"), (otherStatus, otherJson.GetProperty("detail").GetString()));
        Assert.False(otherJson.TryGetProperty("success", out _));
    }

    [Fact]
    public async Task Staff_and_customer_replies_carry_their_own_files()
    {
        var (_, list) = await Client.PostAsync("tickets/", PlatformClient.Dana, PlatformClient.Riverside, new { limit = 100 });
        var comments = new List<JsonElement>();
        foreach (var item in list.GetProperty("data").GetProperty("tickets").EnumerateArray())
        {
            var (_, detail) = await Client.PostAsync($"tickets/{item.GetProperty("id").GetInt64()}/", PlatformClient.Dana, PlatformClient.Riverside);
            comments.AddRange(detail.GetProperty("data").GetProperty("ticket").GetProperty("comments").EnumerateArray());
        }

        Assert.Contains(comments, c => c.GetProperty("author_role").GetString() == "Customer"
            && !c.GetProperty("is_staff_reply").GetBoolean()
            && c.GetProperty("attachments").EnumerateArray().Any(a => a.GetProperty("filename").GetString() == "screenshot.png"));
        Assert.Contains(comments, c => c.GetProperty("author_role").GetString() == "Staff"
            && c.GetProperty("is_staff_reply").GetBoolean()
            && c.GetProperty("attachments").GetArrayLength() > 0);
    }

    private static string Download(JsonElement file) => file.GetProperty("file_url").GetString()!["/api/".Length..];

    private async Task<JsonElement> TicketWithFilesAsync(long customer)
    {
        var (_, list) = await Client.PostAsync("tickets/", PlatformClient.Dana, customer, new { limit = 100, status = "waiting_on_customer" });
        var id = list.GetProperty("data").GetProperty("tickets")[0].GetProperty("id").GetInt64();
        var (_, detail) = await Client.PostAsync($"tickets/{id}/", PlatformClient.Dana, customer);
        return detail.GetProperty("data").GetProperty("ticket");
    }
}
