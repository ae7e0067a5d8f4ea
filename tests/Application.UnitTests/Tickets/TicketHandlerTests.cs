using Portal.Application.Tickets.Commands.CreateTicket;
using Portal.Application.Tickets.Commands.ReplyToTicket;
using Portal.Application.Tickets.Queries.GetTicket;
using Portal.Application.Tickets.Queries.GetTicketsSummary;
using Portal.Application.Tickets.Queries.ListTicketCategories;
using Portal.Application.Tickets.Queries.ListTickets;
using Portal.Testing.Fakes;
using Portal.Domain.Common;
using Portal.Domain.Tickets;

namespace Portal.Application.UnitTests.Tickets;

public sealed class TicketHandlerTests
{
    private readonly FakeSupportDesk desk = new();

    [Theory]
    [InlineData("open", "urgent", TicketStatus.Open, TicketPriority.Urgent)]
    [InlineData("IN_PROGRESS", "Low", TicketStatus.InProgress, TicketPriority.Low)]
    [InlineData(" waiting_on_customer ", "critical", TicketStatus.WaitingOnCustomer, TicketPriority.Critical)]
    [InlineData("", "high", null, TicketPriority.High)]
    public async Task Listing_tickets_passes_the_codes_as_a_domain_filter(
        string? status, string? priority, TicketStatus? expectedStatus, TicketPriority? expectedPriority)
    {
        await new ListTicketsQueryHandler(desk).Handle(new ListTicketsQuery(TicketSamples.Access, status, priority, null), default);

        Assert.Equal(new TicketFilter(expectedStatus, expectedPriority, null), desk.LastFilter);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(" 502 error ", "502 error")]
    public async Task The_search_is_trimmed_and_a_blank_one_does_not_filter(string? search, string? expected)
    {
        await new ListTicketsQueryHandler(desk).Handle(new ListTicketsQuery(TicketSamples.Access, null, null, search), default);

        Assert.Equal(expected, desk.LastFilter!.Search);
    }

    [Fact]
    public async Task Listing_tickets_asks_for_the_requested_page_on_behalf_of_the_caller()
    {
        using var cancellation = new CancellationTokenSource();

        await new ListTicketsQueryHandler(desk).Handle(
            new ListTicketsQuery(TicketSamples.Access, null, null, null, 2, 5), cancellation.Token);

        Assert.Equal(new PageRequest(2, 5), desk.LastPage);
        Assert.Equal(TicketSamples.Access.ToScope(), desk.LastScope);
        Assert.Equal(cancellation.Token, desk.LastCancellationToken);
    }

    [Fact]
    public async Task A_ticket_is_fetched_by_its_id()
    {
        var ticket = TicketSamples.Ticket("17", "Site down");
        desk.Add(ticket);

        var found = await new GetTicketQueryHandler(desk).Handle(new GetTicketQuery(TicketSamples.Access, "17"), default);

        Assert.Same(ticket, found);
    }

    [Fact]
    public async Task Creating_a_ticket_hands_the_desk_a_trimmed_new_ticket()
    {
        var created = await new CreateTicketCommandHandler(desk).Handle(
            new CreateTicketCommand(TicketSamples.Access, "  Site down  ", "The site answers 502 since 9:00.", "URGENT", " 3 "),
            default);

        Assert.Equal(new NewTicket("Site down", "The site answers 502 since 9:00.", TicketPriority.Urgent, 3), desk.LastCreated);
        Assert.Equal("Site down", created.Summary.Title);
        Assert.Equal(TicketStatus.Open, created.Summary.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_blank_category_leaves_the_ticket_uncategorised(string? category)
    {
        await new CreateTicketCommandHandler(desk).Handle(
            new CreateTicketCommand(TicketSamples.Access, "Site down", "The site answers 502 since 9:00.", "normal", category),
            default);

        Assert.Null(desk.LastCreated!.CategoryId);
    }

    [Fact]
    public async Task A_reply_is_trimmed_and_sent_to_the_ticket()
    {
        var ticket = TicketSamples.Ticket("17", "Site down");
        desk.Add(ticket);

        var comment = await new ReplyToTicketCommandHandler(desk).Handle(
            new ReplyToTicketCommand(TicketSamples.Access, "17", "  Still down.\n"), default);

        Assert.Equal((new TicketId("17"), "Still down."), desk.LastReply);
        Assert.Equal("Still down.", comment.Content);
    }

    [Fact]
    public async Task The_categories_are_the_desks_for_the_callers_tenant()
    {
        var categories = await new ListTicketCategoriesQueryHandler(desk).Handle(new ListTicketCategoriesQuery(TicketSamples.Access), default);

        Assert.Same(desk.Categories, categories);
        Assert.Equal(TicketSamples.Access.ToScope(), desk.LastScope);
    }

    [Fact]
    public async Task The_tickets_summary_is_the_desks()
    {
        desk.Summary = new TicketsSummary(3, 2, 4);

        var summary = await new GetTicketsSummaryQueryHandler(desk).Handle(new GetTicketsSummaryQuery(TicketSamples.Access), default);

        Assert.Same(desk.Summary, summary);
    }
}
