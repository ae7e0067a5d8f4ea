using System.Text;
using System.Text.Json;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Tickets.Dtos;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

/// <summary>
/// The Platform's flags, read through the areas' JSON contexts without the HTTP round trip: an optional flag that is no
/// flag is missing, a required one fails the answer.
/// </summary>
public sealed class FlagConverterTests
{
    public static TheoryData<string, bool> Spellings => new()
    {
        { "true", true },
        { "false", false },
        { "\"TRUE\"", true },
        { "\" false \"", false },
        { "\"\\u0074rue\"", true },
        { "1", true },
        { "0", false },
    };

    public static TheoryData<string> NoFlags => new()
    {
        "\"yes\"",
        "\"\"",
        "\"true, as far as we know\"",
        "2",
        "-1",
        "1.0",
        "{\"value\": true, \"nested\": [1, {\"filename\": \"inside.txt\"}]}",
        "[true]",
        "{}",
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void An_optional_flag_is_read_as_the_flag_it_spells(string json, bool flag)
    {
        Assert.Equal(flag, ReadOptional(json).IsSafe);
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void A_required_flag_is_read_as_the_flag_it_spells(string json, bool flag)
    {
        Assert.Equal(flag, ReadRequired(json).Success);
    }

    [Theory]
    [MemberData(nameof(NoFlags))]
    [InlineData("null")]
    public void An_optional_flag_that_is_no_flag_is_missing_and_read_past_whole(string json)
    {
        var attachment = ReadOptional(json);

        Assert.Null(attachment.IsSafe);
        Assert.Equal("after.txt", attachment.Filename);
    }

    [Theory]
    [MemberData(nameof(NoFlags))]
    [InlineData("null")]
    public void A_required_flag_that_is_no_flag_fails_the_answer(string json)
    {
        Assert.Throws<JsonException>(() => ReadRequired(json));
    }

    [Fact]
    public void Reading_an_optional_flag_allocates_nothing_whatever_it_is()
    {
        var json = Encoding.UTF8.GetBytes("""[true, " FALSE ", 1, "\u0074rue", "yes", 2, {"nested": [true]}, [1, 2], null]""");
        var converter = new OptionalBooleanConverter();
        ReadAll(json, converter);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var flags = ReadAll(json, converter);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((3, 1, 0L), (flags.True, flags.False, allocated));
    }

    private static TicketAttachmentDto ReadOptional(string flag) =>
        JsonSerializer.Deserialize($$"""{"id": 31, "is_safe": {{flag}}, "filename": "after.txt"}""", TicketsJsonContext.Platform.TicketAttachmentDto)!;

    private static PlatformAnswer ReadRequired(string flag) =>
        JsonSerializer.Deserialize($$"""{"success": {{flag}}, "error": "after"}""", PlatformJsonContext.Platform.PlatformAnswer)!;

    /// <summary>Each value of the array through the converter, as the serializer hands it one; counted, not kept.</summary>
    private static (int True, int False) ReadAll(byte[] json, OptionalBooleanConverter converter)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var (yes, no) = (0, 0);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (converter.Read(ref reader, typeof(bool?), JsonSerializerOptions.Default))
            {
                case true:
                    yes++;
                    break;
                case false:
                    no++;
                    break;
            }
        }

        return (yes, no);
    }
}
