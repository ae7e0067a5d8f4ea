using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Billing;

namespace Portal.Adapters.Http.IntegrationTests.Billing;

public sealed class InvoicePdfTests : PlatformTestBase
{
    private const string PdfPath = "billing/invoices/INV-2026-0001/pdf/";
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private static readonly byte[] FirstChunk = FakePlatform.Utf8("%PDF-1.7\n% first chunk\n");
    private static readonly byte[] Rest = FakePlatform.Utf8("1 0 obj << >> endobj\ntrailer\n%%EOF\n");

    private IBillingLedger Ledger => Portal.Get<IBillingLedger>();

    [Fact]
    public async Task The_pdf_is_streamed_the_first_chunk_is_readable_before_the_platform_sends_the_rest()
    {
        var sendRest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Platform.On(PdfPath, async (context, _) =>
        {
            context.Response.ContentType = "application/pdf";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"INV-2026-0001.pdf\"";
            await context.Response.Body.WriteAsync(FirstChunk, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await sendRest.Task.WaitAsync(context.RequestAborted);
            await context.Response.Body.WriteAsync(Rest, context.RequestAborted);
            finished.TrySetResult();
        });

        await using var document = await Ledger.OpenInvoicePdfAsync(ScopeFor(Portal), new InvoiceNumber("INV-2026-0001"), CancellationToken.None)
            .WaitAsync(Guard);

        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal("INV-2026-0001.pdf", document.FileName);
        var first = new byte[FirstChunk.Length];
        await document.Content.ReadExactlyAsync(first).AsTask().WaitAsync(Guard);
        Assert.Equal(FirstChunk, first);
        Assert.False(finished.Task.IsCompleted, "the Platform had already sent everything");

        sendRest.SetResult();
        using var rest = new MemoryStream();
        await document.Content.CopyToAsync(rest).WaitAsync(Guard);
        Assert.Equal(Rest, rest.ToArray());
        AssertScopedPost(Assert.Single(Platform.Requests), "/api/" + PdfPath);
    }

    [Fact]
    public async Task A_pdf_without_a_usable_file_name_is_named_after_the_invoice()
    {
        Platform.On(PdfPath, async (context, _) =>
        {
            context.Response.ContentType = "application/pdf";
            context.Response.ContentLength = FirstChunk.Length;
            context.Response.Headers.ContentDisposition = "attachment; filename=\"../../etc/passwd\"";
            await context.Response.Body.WriteAsync(FirstChunk);
        });

        await using var document = await Ledger.OpenInvoicePdfAsync(ScopeFor(Portal), new InvoiceNumber("INV-2026-0001"), CancellationToken.None);

        Assert.Equal("INV-2026-0001.pdf", document.FileName);
        Assert.Equal(FirstChunk.Length, document.Length);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_pdf_is_refused()
    {
        Platform.OnJson(PdfPath, """{"success": true, "url": "https://elsewhere.example/x.pdf"}""");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => Ledger.OpenInvoicePdfAsync(ScopeFor(Portal), new InvoiceNumber("INV-2026-0001"), CancellationToken.None));

        Assert.Equal("billing", error.Area);
        Assert.Contains("application/pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_of_someone_elses_invoice_is_not_found()
    {
        Platform.OnJson(PdfPath, """{"success": false, "error": "Forbidden"}""", StatusCodes.Status403Forbidden);

        await Assert.ThrowsAsync<NotFoundException>(
            () => Ledger.OpenInvoicePdfAsync(ScopeFor(Portal), new InvoiceNumber("INV-2026-0001"), CancellationToken.None));
    }

    [Fact]
    public async Task Disposing_the_document_releases_the_response_so_the_connection_is_usable_again()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Platform.On(PdfPath, async (context, _) =>
        {
            context.Response.ContentType = "application/pdf";
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

        var document = await Ledger.OpenInvoicePdfAsync(ScopeFor(Portal), new InvoiceNumber("INV-2026-0001"), CancellationToken.None);
        await document.DisposeAsync();

        await aborted.Task.WaitAsync(Guard);
    }
}
