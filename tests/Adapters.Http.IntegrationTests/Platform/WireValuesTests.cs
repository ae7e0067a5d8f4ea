using System.Globalization;
using Portal.Adapters.Http.Platform;
using Portal.Domain.Billing;
using Portal.Domain.Services;
using Portal.Domain.Tickets;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

/// <summary>The Platform's spelling of enums and dates, read without the HTTP round trip.</summary>
public sealed class WireValuesTests
{
    [Fact]
    public void Enum_codes_are_snake_case()
    {
        Assert.Equal("in_progress", WireValues.ToWire(TicketStatus.InProgress));
        Assert.Equal("semi_annual", WireValues.ToWire(BillingCycle.SemiAnnual));
        Assert.Equal("waiting_on_customer", WireValues.ToWire(TicketStatus.WaitingOnCustomer));
        Assert.Equal("urgent", WireValues.ToWire(TicketPriority.Urgent));
    }

    [Fact]
    public void Every_member_of_every_wire_enum_reads_back_from_its_code()
    {
        AssertRoundTrip<InvoiceStatus>();
        AssertRoundTrip<ProformaStatus>();
        AssertRoundTrip<ServiceStatus>();
        AssertRoundTrip<BillingCycle>();
        AssertRoundTrip<TicketStatus>();
        AssertRoundTrip<TicketPriority>();
    }

    [Fact]
    public void An_enum_code_is_looked_up_not_built_again_on_every_call()
    {
        Assert.Same(WireValues.ToWire(TicketStatus.InProgress), WireValues.ToWire(TicketStatus.InProgress));
    }

    [Theory]
    [InlineData("in_progress")]
    [InlineData("IN-PROGRESS")]
    [InlineData("InProgress")]
    [InlineData("inprogress")]
    public void Enum_codes_are_read_ignoring_case_underscores_and_hyphens(string code)
    {
        Assert.Equal(TicketStatus.InProgress, WireValues.ToEnum<TicketStatus>(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("escalated")]
    [InlineData("99")]
    public void An_unknown_or_missing_code_is_the_unknown_member(string? code)
    {
        Assert.Equal(TicketStatus.Unknown, WireValues.ToEnum<TicketStatus>(code));
    }

    /// <summary>The same cases as the NATS adapter's copy of this lenient reading (the adapters share no code).</summary>
    [Theory]
    [InlineData("1985-03-12")]
    [InlineData(" 1985-03-12 ")]
    [InlineData("1985-03-12T23:30:00-05:00")]
    [InlineData("1985-03-12T23:30:00Z")]
    [InlineData("1985-03-12T23:30:00")]
    public void A_date_is_read_as_written_or_as_the_calendar_day_of_an_instant(string text)
    {
        Assert.Equal(new DateOnly(1985, 3, 12), WireValues.TryDate(text));
    }

    [Theory]
    [InlineData("not a date")]
    [InlineData("2024-02-30")]
    [InlineData("20240102")]
    [InlineData("03/12/1985")]
    [InlineData("12.03.1985")]
    [InlineData("Tue, 12 Mar 1985 10:00:00 GMT")]
    [InlineData("2026-13-45")]
    [InlineData("0001-01-01T00:00:00+05:00")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_or_unreadable_date_is_unknown_not_a_failed_answer(string? text)
    {
        Assert.Null(WireValues.TryDate(text));
    }

    [Theory]
    [InlineData("2026-11-21T09:30:00", "2026-11-21T09:30:00+00:00")]
    [InlineData("2026-11-21T09:30:00Z", "2026-11-21T09:30:00+00:00")]
    [InlineData("2026-11-21T10:30:00+01:00", "2026-11-21T10:30:00+01:00")]
    [InlineData("2026-11-21 09:30:00.123456", "2026-11-21T09:30:00.123456+00:00")]
    [InlineData("2026-11-21T09:30Z", "2026-11-21T09:30:00+00:00")]
    public void An_instant_without_an_offset_is_utc(string text, string expected)
    {
        var instant = WireValues.TryInstant(text);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), instant);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, instant?.Offset);
    }

    /// <summary>
    /// Another format is never guessed at; both ends of the range overflow once taken to UTC; a day without a time would
    /// show as the evening before west of UTC.
    /// </summary>
    [Theory]
    [InlineData("11/21/2026 09:30:00")]
    [InlineData("21.11.2026 09:30")]
    [InlineData("Sat, 21 Nov 2026 09:30:00 GMT")]
    [InlineData("0001-01-01T00:00:00+05:00")]
    [InlineData("9999-12-31T23:59:59-05:00")]
    [InlineData("2026-12-07")]
    [InlineData("not-a-date")]
    [InlineData(null)]
    public void An_instant_not_in_iso_8601_out_of_range_date_only_or_unreadable_is_unknown(string? text)
    {
        Assert.Null(WireValues.TryInstant(text));
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-07T00:00:00+00:00")]
    [InlineData("2026-12-07T00:00:00+02:00", "2026-12-07T00:00:00+02:00")]
    public void An_instant_that_stands_for_a_day_takes_a_date_only_value_as_that_day_at_midnight_utc(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), WireValues.TryDayInstant(text));
    }

    private static void AssertRoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Assert.Equal(value, WireValues.ToEnum<TEnum>(WireValues.ToWire(value)));
        }
    }
}
