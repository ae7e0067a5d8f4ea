using Portal.Domain.Tickets;

namespace Portal.Domain.UnitTests.Tickets;

public sealed class TicketTests
{
    private const string Description = "The site answers 502 since 9:00.";
    private static readonly DateTimeOffset Created = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void New_ticket_titles_are_5_to_200_characters(int length, bool valid) =>
        AssertValidity(valid, () => new NewTicket(new string('t', length), Description, TicketPriority.Normal, null));

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(5000, true)]
    [InlineData(5001, false)]
    public void New_ticket_descriptions_are_10_to_5000_characters(int length, bool valid) =>
        AssertValidity(valid, () => new NewTicket("Site down", new string('d', length), TicketPriority.Normal, null));

    [Theory]
    [InlineData(1L, true)]
    [InlineData(0L, false)]
    [InlineData(-3L, false)]
    public void A_new_tickets_category_is_the_Platforms_positive_id(long id, bool valid) =>
        AssertValidity(valid, () => new NewTicket("Site down", Description, TicketPriority.Normal, id));

    [Fact]
    public void Padding_does_not_count_towards_a_title()
    {
        Assert.Throws<ArgumentException>(() => new NewTicket("  abc   ", Description, TicketPriority.Low, null));
        Assert.Equal("Site down", new NewTicket("  Site down ", Description, TicketPriority.Low, null).Title);
    }

    [Theory]
    [InlineData(TicketPriority.Unknown)]
    [InlineData((TicketPriority)42)]
    public void A_new_ticket_needs_a_known_priority(TicketPriority priority) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewTicket("Site down", Description, priority, null));

    [Fact]
    public void A_critical_ticket_can_be_opened() =>
        Assert.Equal(TicketPriority.Critical, new NewTicket("Site down", Description, TicketPriority.Critical, null).Priority);

    [Fact]
    public void A_ticket_whose_times_are_unknown_is_still_a_ticket()
    {
        var undated = Summary(null, null);
        var updatedOnly = Summary(null, Created);

        Assert.Equal(((DateTimeOffset?)null, (DateTimeOffset?)null, (DateTimeOffset?)Created), (undated.CreatedAt, undated.UpdatedAt, updatedOnly.UpdatedAt));
    }

    /// <summary>A change before the opening contradicts it: that one time is unknown, and the opening stands for it as for a missing one.</summary>
    [Fact]
    public void A_ticket_updated_before_it_was_opened_or_without_an_update_time_was_last_updated_when_it_was_opened()
    {
        var contradictory = Summary(Created, Created.AddSeconds(-1));
        var missing = Summary(Created, null);
        var updated = Summary(Created, Created.AddHours(1));

        Assert.Equal(((DateTimeOffset?)Created, (DateTimeOffset?)Created), (contradictory.CreatedAt, contradictory.UpdatedAt));
        Assert.Equal((DateTimeOffset?)Created, missing.UpdatedAt);
        Assert.Equal((DateTimeOffset?)Created.AddHours(1), updated.UpdatedAt);
    }

    [Theory]
    [InlineData(TicketStatus.Open, true)]
    [InlineData(TicketStatus.WaitingOnCustomer, true)]
    [InlineData(TicketStatus.Closed, false)]
    public void A_ticket_takes_replies_unless_closed_until_the_Platform_says_otherwise(TicketStatus status, bool canReply)
    {
        var ticket = new Ticket(
            new TicketSummary(new TicketId("1"), "TK-1", "Site down", status, TicketPriority.Normal, null, Created, Created), Description, []);

        Assert.Equal(canReply, ticket.CanReply);
        Assert.False((ticket with { CanReply = false }).CanReply);
    }

    [Fact]
    public void An_attachment_has_a_name_and_a_size_that_is_never_negative_or_unknown()
    {
        Assert.ThrowsAny<ArgumentException>(() => new TicketAttachment("31", " ", 10) { IsSafe = true });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketAttachment("31", "log.txt", -1) { IsSafe = true });
        Assert.Equal(20_480, new TicketAttachment("31", "log.txt", 20_480) { IsSafe = true }.SizeBytes);
        Assert.Null(new TicketAttachment("31", "log.txt", null) { IsSafe = true }.SizeBytes);
    }

    [Fact]
    public void A_ticket_finds_the_files_its_public_conversation_lists_and_no_other()
    {
        var onTicket = new TicketAttachment("31", "log.txt", 10) { IsSafe = true };
        var onReply = new TicketAttachment("33", "screen.png", 10) { IsSafe = true };
        var reply = new TicketComment(new TicketCommentId("c1"), "Ion Pop", true, "See the screen.", Created, [onReply]);
        var ticket = new Ticket(
            new TicketSummary(new TicketId("1"), "TK-1", "Site down", TicketStatus.Open, TicketPriority.Normal, null, Created, Created),
            Description,
            [reply]) { Attachments = [onTicket] };

        Assert.Same(onTicket, ticket.FindAttachment("31"));
        Assert.Same(onReply, ticket.FindAttachment("33"));
        Assert.Null(ticket.FindAttachment("32"));
    }

    [Fact]
    public void A_category_has_a_positive_id_and_a_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketCategory(0, "Hosting"));
        Assert.ThrowsAny<ArgumentException>(() => new TicketCategory(3, ""));
    }

    [Fact]
    public void A_blank_number_is_refused_and_an_unknown_one_is_null()
    {
        Assert.Null(new TicketSummary(new TicketId("1"), null, "Site down", TicketStatus.Open, TicketPriority.Normal, null, Created, Created).Number);
        Assert.ThrowsAny<ArgumentException>(() => new TicketSummary(
            new TicketId("1"), " ", "Site down", TicketStatus.Open, TicketPriority.Normal, null, Created, Created));
    }

    [Fact]
    public void A_comments_author_is_named_or_not_given_never_blank()
    {
        Assert.ThrowsAny<ArgumentException>(() => new TicketComment(new TicketCommentId("c1"), "", true, "Fixed.", Created));
        Assert.Null(new TicketComment(new TicketCommentId("c1"), null, true, "Fixed.", Created).AuthorName);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Searches_are_1_to_100_characters(int length, bool valid) =>
        AssertValidity(valid, () => new TicketFilter(null, null, new string('s', length)));

    [Fact]
    public void Unknown_values_cannot_filter_tickets()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketFilter(TicketStatus.Unknown, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketFilter(null, TicketPriority.Unknown, null));
        Assert.Equal(new TicketFilter(null, null, null), TicketFilter.All);
    }

    [Fact]
    public void Summary_counts_are_never_negative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketsSummary(0, -1, 0));

    private static TicketSummary Summary(DateTimeOffset? createdAt, DateTimeOffset? updatedAt) =>
        new(new TicketId("1"), "TK-1", "Site down", TicketStatus.Open, TicketPriority.Normal, null, createdAt, updatedAt);

    private static void AssertValidity(bool valid, Func<object> build)
    {
        if (valid)
        {
            Assert.NotNull(build());
        }
        else
        {
            Assert.ThrowsAny<ArgumentException>(build);
        }
    }
}
