using System.Globalization;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Requests;

namespace Portal.Adapters.Nats.IntegrationTests.Mapping;

/// <summary>
/// The lenient reading of the contract's dates and timestamps, without a bus. The same cases as the HTTP adapter's copy of
/// it (the adapters share no code).
/// </summary>
public sealed class WireValuesTests
{
    [Theory]
    [InlineData("1985-03-12")]
    [InlineData(" 1985-03-12 ")]
    [InlineData("1985-03-12T23:30:00-05:00")]
    [InlineData("1985-03-12T23:30:00Z")]
    [InlineData("1985-03-12T23:30:00")]
    public void A_date_is_read_as_written_or_as_the_calendar_day_of_an_instant(string text)
    {
        Assert.Equal(new DateOnly(1985, 3, 12), WireValues.RequireDate(text, "dateOfBirth"));
    }

    [Theory]
    [InlineData("not a date")]
    [InlineData("2024-02-30")]
    [InlineData("20240102")]
    [InlineData("03/12/1985")]
    [InlineData("12.03.1985")]
    [InlineData("Tue, 12 Mar 1985 10:00:00 GMT")]
    public void A_malformed_date_is_a_malformed_answer_naming_the_field(string text)
    {
        var error = Assert.Throws<MalformedAnswerException>(() => WireValues.RequireDate(text, "service_date"));

        Assert.Contains("service_date", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("2024-02-30")]
    [InlineData("yesterday")]
    [InlineData("2026-13-45T10:00:00Z")]
    [InlineData("0001-01-01T00:00:00+05:00")]
    [InlineData("9999-12-31T23:59:59-05:00")]
    public void A_blank_or_unreadable_date_read_tolerantly_is_unknown(string? text)
    {
        Assert.Null(WireValues.DateOrNull(text));
    }

    [Theory]
    [InlineData("2026-11-21T09:30:00", "2026-11-21T09:30:00+00:00")]
    [InlineData("2026-11-21T09:30:00Z", "2026-11-21T09:30:00+00:00")]
    [InlineData("2026-11-21T10:30:00+01:00", "2026-11-21T10:30:00+01:00")]
    [InlineData("2026-11-21 09:30:00.123456", "2026-11-21T09:30:00.123456+00:00")]
    [InlineData("2026-11-21T09:30Z", "2026-11-21T09:30:00+00:00")]
    public void A_timestamp_without_an_offset_is_utc(string text, string expected)
    {
        var instant = WireValues.RequireTimestamp(text, "timestamp");

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), instant);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, instant.Offset);
    }

    [Theory]
    [InlineData("1763719200", "2025-11-21T10:00:00+00:00")]
    [InlineData(" 1763719200.5 ", "2025-11-21T10:00:00.5+00:00")]
    [InlineData("1763719200500", "2025-11-21T10:00:00.5+00:00")]
    [InlineData("1.7637192E9", "2025-11-21T10:00:00+00:00")]
    [InlineData("1000000000", "2001-09-09T01:46:40+00:00")]
    public void A_timestamp_may_be_unix_time_in_seconds_or_in_milliseconds(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), WireValues.RequireTimestamp(text, "timestamp"));
    }

    [Theory]
    [InlineData("-1763719200")]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("20251121")]
    [InlineData("999999999")]
    [InlineData("1e20")]
    [InlineData("NaN")]
    public void A_unix_time_before_2001_or_beyond_the_calendar_is_no_timestamp(string text)
    {
        Assert.False(WireValues.TryParseTimestamp(text, out _));
    }

    [Fact]
    public void A_date_is_never_read_as_unix_time()
    {
        Assert.Null(WireValues.DateOrNull("19850312"));
        Assert.False(WireValues.TryParseInstant("1763719200", out _));
    }

    [Theory]
    [InlineData("11/21/2026 09:30:00")]
    [InlineData("21.11.2026 09:30")]
    [InlineData("Sat, 21 Nov 2026 09:30:00 GMT")]
    [InlineData("2026-11-21")]
    public void A_timestamp_not_in_iso_8601_is_a_malformed_answer_naming_the_field(string text)
    {
        var error = Assert.Throws<MalformedAnswerException>(() => WireValues.RequireTimestamp(text, "timestamp"));

        Assert.Contains("timestamp", error.Message, StringComparison.Ordinal);
    }
}
