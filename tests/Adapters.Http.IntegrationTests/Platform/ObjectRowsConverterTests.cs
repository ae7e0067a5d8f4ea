using System.Text.Json;
using Portal.Adapters.Http.Billing.Dtos;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

/// <summary>
/// The Platform's lists of objects, read through an area's JSON context without the HTTP round trip: an entry that is no
/// object is no row, a value that is no list fails the answer.
/// </summary>
public sealed class ObjectRowsConverterTests
{
    [Theory]
    [InlineData("null")]
    [InlineData("\"INV-000124\"")]
    [InlineData("124")]
    [InlineData("true")]
    [InlineData("[]")]
    [InlineData("[{\"number\": \"INV-000124\"}, [\"INV-000125\"]]")]
    public void An_entry_that_is_no_object_is_no_row_and_the_rows_and_fields_after_it_are_read(string entry)
    {
        var answer = Read($$"""[{{entry}}, {"number": "INV-000123", "lines": ["Hosting", {"description": "Domain"}]}]""");

        Assert.Equal([null, "INV-000123"], answer.Invoices!.Select(invoice => invoice?.Number));
        Assert.Equal([null, "Domain"], answer.Invoices![1]!.Lines!.Select(line => line?.Description));
        Assert.Equal(20, answer.Pagination!.Limit);
    }

    [Theory]
    [InlineData("{\"number\": \"INV-000123\"}")]
    [InlineData("\"INV-000123\"")]
    [InlineData("12")]
    [InlineData("true")]
    public void A_list_sent_as_no_list_fails_the_answer(string list)
    {
        Assert.Throws<JsonException>(() => Read(list));
    }

    [Fact]
    public void A_null_list_is_read_as_a_missing_one()
    {
        Assert.Null(Read("null").Invoices);
    }

    private static InvoiceListAnswer Read(string invoices) =>
        JsonSerializer.Deserialize(
            $$"""{"success": true, "invoices": {{invoices}}, "pagination": {"current_page": 1, "limit": 20} }""",
            BillingJsonContext.Platform.InvoiceListAnswer)!;
}
