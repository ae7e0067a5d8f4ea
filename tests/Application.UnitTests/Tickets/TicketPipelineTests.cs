using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Commands.CreateTicket;
using Portal.Application.Tickets.Commands.ReplyToTicket;
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

    private Task<TResponse> Send<TResponse>(IRequest<TResponse> request) => pipeline.Mediator.Send(request);
}
