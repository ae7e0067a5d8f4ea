using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Commands.CreateTicket;
using Portal.Application.Tickets.Commands.ReplyToTicket;
using Portal.Application.Tickets.Queries.GetTicketAttachment;
using Portal.Application.Tickets.Queries.ListTickets;
using Portal.Testing.Fakes;
using Portal.Domain.Tickets;

namespace Portal.Application.UnitTests.Tickets;

/// <summary>Ticket requests sent through the real MediatR pipeline with a fake support Desk.</summary>
public sealed class TicketPipelineTests
{
    private readonly TestPipeline pipeline = new();

    private FakeSupportDesk Desk => pipeline.Support;

    private FakeTenantDirectory Tenants => pipeline.Tenants;

    [Fact]
    public async Task A_bad_status_filter_is_a_validation_error_naming_the_status()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => Send(new ListTicketsQuery(TicketSamples.Access, "waiting", null, null)));

        Assert.Equal([nameof(ListTicketsQuery.Status)], error.Errors.Keys);
        Assert.Null(Desk.LastScope);
    }

    [Fact]
    public async Task A_bad_new_ticket_never_reaches_the_desk()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => Send(new CreateTicketCommand(TicketSamples.Access, "Hi", "The site answers 502.", "normal", null)));

        Assert.Equal(["Title must be between 5 and 200 characters."], error.Errors[nameof(CreateTicketCommand.Title)]);
        Assert.Null(Desk.LastCreated);
    }

    [Fact]
    public async Task A_good_new_ticket_is_created_and_listed()
    {
        var created = await Send(new CreateTicketCommand(TicketSamples.Access, "Site down", "The site answers 502.", "high", "1"));

        var page = await Send(new ListTicketsQuery(TicketSamples.Access, "open", "high", "site"));

        Assert.Equal(created.Id, Assert.Single(page.Items).Id);
        Assert.Equal(TicketPriority.High, created.Summary.Priority);
        Assert.Equal("Hosting", created.Summary.Category);
    }

    [Fact]
    public async Task A_reply_in_a_tenant_the_caller_may_not_see_is_not_found_and_never_reaches_the_desk()
    {
        var ticket = TicketSamples.Ticket("17", "Site down");
        Desk.Add(ticket);
        Tenants.AccessAnswer = _ => Task.FromResult(false);

        await Assert.ThrowsAsync<NotFoundException>(() => Send(new ReplyToTicketCommand(TicketSamples.Access, "17", "Any news?")));
        Assert.Null(Desk.LastReply);
    }

    [Theory]
    [InlineData("17", "../31")]
    [InlineData("17", "")]
    [InlineData("17/../18", "31")]
    public async Task An_attachment_named_by_a_bad_id_never_reaches_the_desk(string ticketId, string attachmentId)
    {
        await Assert.ThrowsAsync<RequestValidationException>(
            () => Send(new GetTicketAttachmentQuery(TicketSamples.Access, ticketId, attachmentId)));

        Assert.Equal(0, Desk.Calls);
    }

    [Fact]
    public async Task An_attachment_in_a_tenant_the_caller_may_not_see_is_not_found_and_its_stream_is_released()
    {
        Desk.Add(TicketSamples.TicketListing(new TicketAttachment("31", "report.pdf", 3) { IsSafe = true }));
        Desk.AddFile(new TicketId("17"), "31", "report.pdf", "application/pdf", [1, 2, 3]);
        Tenants.AccessAnswer = _ => Task.FromResult(false);

        await Assert.ThrowsAsync<NotFoundException>(() => Send(new GetTicketAttachmentQuery(TicketSamples.Access, "17", "31")));

        // A query leaves with the access check; the file it opened meanwhile is disposed, never handed over.
        Assert.True(Desk.LastAttachment?.Disposed);
    }

    [Fact]
    public async Task An_attachment_opens_as_the_desks_stream_for_the_callers_tenant()
    {
        Desk.Add(TicketSamples.TicketListing(new TicketAttachment("31", "report.pdf", 3) { IsSafe = true }));
        Desk.AddFile(new TicketId("17"), "31", "report.pdf", "application/pdf", [1, 2, 3]);

        await using var file = await Send(new GetTicketAttachmentQuery(TicketSamples.Access, "17", "31"));

        Assert.Same(Desk.LastAttachment, file.Content);
        Assert.Equal(("report.pdf", "application/pdf", (long?)3), (file.FileName, file.ContentType, file.Length));
        Assert.NotNull(Desk.LastScope);
    }

    [Fact]
    public async Task A_file_the_public_conversation_does_not_list_is_not_found_and_never_opened()
    {
        // The Platform would hand out a staff-only comment's file of the customer's own ticket.
        Desk.Add(TicketSamples.TicketListing(new TicketAttachment("31", "report.pdf", 3) { IsSafe = true }));
        Desk.AddFile(new TicketId("17"), "32", "internal-notes.txt", "text/plain", [1, 2, 3]);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Send(new GetTicketAttachmentQuery(TicketSamples.Access, "17", "32")));

        Assert.Equal("attachment", error.What);
        Assert.Null(Desk.LastAttachment);
    }

    [Fact]
    public async Task A_listed_file_the_Platforms_scan_flagged_is_not_found_and_never_opened()
    {
        Desk.Add(TicketSamples.TicketListing(new TicketAttachment("31", "tool.exe", 3) { IsSafe = false }));
        Desk.AddFile(new TicketId("17"), "31", "tool.exe", "application/x-msdownload", [1, 2, 3]);

        await Assert.ThrowsAsync<NotFoundException>(() => Send(new GetTicketAttachmentQuery(TicketSamples.Access, "17", "31")));

        Assert.Null(Desk.LastAttachment);
    }

    [Fact]
    public async Task A_download_that_names_no_file_takes_the_name_the_ticket_lists()
    {
        Desk.Add(TicketSamples.TicketListing(new TicketAttachment("31", "factură.pdf", 3) { IsSafe = true }));
        Desk.AddFile(new TicketId("17"), "31", null, "application/pdf", [1, 2, 3]);

        await using var file = await Send(new GetTicketAttachmentQuery(TicketSamples.Access, "17", "31"));

        Assert.Equal(("factură.pdf", "application/pdf", (long?)3), (file.FileName, file.ContentType, file.Length));
        Assert.Same(Desk.LastAttachment, file.Content);
    }

    private Task<TResponse> Send<TResponse>(IRequest<TResponse> request) => pipeline.Mediator.Send(request);
}
