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
        Assert.Equal("semi_annually", WireValues.ToWire(BillingCycle.SemiAnnually));
        Assert.Equal("one_time", WireValues.ToWire(BillingCycle.OneTime));
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

    private static void AssertRoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Assert.Equal(value, WireValues.ToEnum<TEnum>(WireValues.ToWire(value)));
        }
    }
}
