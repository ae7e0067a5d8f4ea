using FluentValidation.Results;
using Portal.Application.Tickets.Commands.CreateTicket;
using Portal.Application.Tickets.Commands.ReplyToTicket;
using Portal.Application.Tickets.Queries.GetTicket;
using Portal.Application.Tickets.Queries.ListTickets;
using Portal.Application.UnitTests.Common;

namespace Portal.Application.UnitTests.Tickets;

public sealed class TicketValidatorTests
{
    private const string GoodTitle = "Site down";
    private const string GoodDescription = "The site answers 502 since 9:00.";

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("open", "low")]
    [InlineData("waiting_on_customer", "normal")]
    [InlineData("in_progress", "high")]
    [InlineData("Closed", "URGENT")]
    [InlineData("closed", "critical")]
    public void Known_or_blank_ticket_filters_are_accepted(string? status, string? priority) =>
        Assert.True(new ListTicketsQueryValidator().Validate(new ListTicketsQuery(TicketSamples.Access, status, priority, null)).IsValid);

    [Theory]
    [InlineData("in progress", null, "Status")]
    [InlineData("unknown", null, "Status")]
    [InlineData("pending", null, "Status")]
    [InlineData("resolved", null, "Status")]
    [InlineData("2", null, "Status")]
    [InlineData(null, "medium", "Priority")]
    [InlineData(null, "Unknown", "Priority")]
    public void Unknown_ticket_filters_are_refused_by_name(string? status, string? priority, string property)
    {
        var result = new ListTicketsQueryValidator().Validate(new ListTicketsQuery(TicketSamples.Access, status, priority, null));

        Assert.Equal(property, Assert.Single(result.Errors).PropertyName);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Searches_are_at_most_100_characters(int length, bool valid)
    {
        var result = new ListTicketsQueryValidator().Validate(new ListTicketsQuery(TicketSamples.Access, null, null, new string('x', length)));

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Search must be at most 100 characters.", e.ErrorMessage));
    }

    [Theory]
    [InlineData("site\0")]
    [InlineData("site\u2028down")]
    public void A_search_with_a_control_character_is_refused_beside_the_search_field(string search) =>
        Assert.Equal(
            "Search must be one line, without tabs or other control characters.",
            Assert.Single(new ListTicketsQueryValidator().Validate(new ListTicketsQuery(TicketSamples.Access, null, null, search)).Errors).ErrorMessage);

    [Theory]
    [MemberData(nameof(ValidatorCases.PagingLimits), MemberType = typeof(ValidatorCases))]
    public void Ticket_paging_stays_within_limits(int page, int size, bool valid) =>
        Assert.Equal(valid, new ListTicketsQueryValidator().Validate(new ListTicketsQuery(TicketSamples.Access, null, null, null, page, size)).IsValid);

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Titles_are_5_to_200_characters(int length, bool valid)
    {
        var result = Validate(new string('t', length), GoodDescription, "normal", null);

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Title must be between 5 and 200 characters.", e.ErrorMessage));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("     ")]
    [InlineData("  ab  ")]
    public void Missing_or_padded_short_titles_are_refused(string? title) =>
        Assert.Equal("Title", Assert.Single(Validate(title!, GoodDescription, "normal", null).Errors).PropertyName);

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(5000, true)]
    [InlineData(5001, false)]
    public void Descriptions_are_10_to_5000_characters(int length, bool valid)
    {
        var result = Validate(GoodTitle, new string('d', length), "normal", null);

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Description must be between 10 and 5000 characters.", e.ErrorMessage));
    }

    [Theory]
    [InlineData("low", true)]
    [InlineData("Normal", true)]
    [InlineData("high", true)]
    [InlineData("urgent", true)]
    [InlineData("critical", true)]
    [InlineData("", false)]
    [InlineData("unknown", false)]
    public void A_new_ticket_needs_a_known_priority(string priority, bool valid)
    {
        var result = Validate(GoodTitle, GoodDescription, priority, null);

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Priority must be one of: low, normal, high, urgent, critical.", e.ErrorMessage));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("3", true)]
    [InlineData(" 12 ", true)]
    [InlineData("0", false)]
    [InlineData("-3", false)]
    [InlineData("Hosting", false)]
    [InlineData("99999999999999999999", false)]
    public void A_category_is_blank_or_a_positive_id(string? category, bool valid)
    {
        var result = Validate(GoodTitle, GoodDescription, "normal", category);

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Choose a category from the list.", e.ErrorMessage));
    }

    [Fact]
    public void A_title_on_more_than_one_line_is_refused_while_the_description_may_have_lines()
    {
        var result = Validate("Site down\r\nX-Injected: yes", "It answers 502.\r\nSince 9:00.\tToday.", "normal", null);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Title", "Title must be one line, without tabs or other control characters."), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void Every_bad_field_of_a_new_ticket_is_reported()
    {
        var result = Validate("Hi", "Help", "asap", "Hosting");

        Assert.Equal(
            ["Category", "Description", "Priority", "Title"],
            result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ok", true)]
    [InlineData("  Thanks!  ", true)]
    [InlineData(" x ", false)]
    [InlineData("", false)]
    [InlineData("   \n", false)]
    [InlineData(null, false)]
    public void A_reply_needs_content(string? content, bool valid)
    {
        var result = new ReplyToTicketCommandValidator().Validate(new ReplyToTicketCommand(TicketSamples.Access, "17", content!));

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Reply must be between 2 and 5000 characters.", e.ErrorMessage));
    }

    [Theory]
    [InlineData("Line one\r\n\tindented line two", true)]
    [InlineData("Ring \u0007 the bell", false)]
    [InlineData("An \u001B[31m escape", false)]
    [InlineData("A \0 NUL", false)]
    public void A_reply_and_a_description_keep_line_breaks_and_tabs_but_no_other_control_characters(string text, bool valid)
    {
        var reply = new ReplyToTicketCommandValidator().Validate(new ReplyToTicketCommand(TicketSamples.Access, "17", text));
        var ticket = Validate(GoodTitle, text + " " + GoodDescription, "normal", null);

        Assert.Equal(valid, reply.IsValid);
        Assert.Equal(valid, ticket.IsValid);
        Assert.All(reply.Errors, e => Assert.Equal("Reply may hold line breaks and tabs, but no other control characters.", e.ErrorMessage));
        Assert.All(ticket.Errors, e => Assert.Equal("Description", e.PropertyName));
    }

    [Theory]
    [InlineData(5000, true)]
    [InlineData(5001, false)]
    public void A_reply_is_at_most_5000_characters(int length, bool valid) =>
        Assert.Equal(
            valid,
            new ReplyToTicketCommandValidator().Validate(new ReplyToTicketCommand(TicketSamples.Access, "17", new string('r', length))).IsValid);

    [Theory]
    [MemberData(nameof(ValidatorCases.Identifiers), "17", "TK-17", MemberType = typeof(ValidatorCases))]
    public void Ticket_ids_must_be_identifiers(string id, bool valid)
    {
        Assert.Equal(valid, new GetTicketQueryValidator().Validate(new GetTicketQuery(TicketSamples.Access, id)).IsValid);
        Assert.Equal(valid, new ReplyToTicketCommandValidator().Validate(new ReplyToTicketCommand(TicketSamples.Access, id, "ok")).IsValid);
    }

    private static ValidationResult Validate(string title, string description, string priority, string? category) =>
        new CreateTicketCommandValidator().Validate(
            new CreateTicketCommand(TicketSamples.Access, title, description, priority, category));
}
