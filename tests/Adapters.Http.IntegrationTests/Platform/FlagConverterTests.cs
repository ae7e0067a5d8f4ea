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
        { "\"\\u0074\\u0072\\u0075\\u0065\"", true },
        { "\" \\u0046\\u0041\\u004C\\u0053\\u0045\\u0020\"", false },
        { "1", true },
        { "0", false },
    };

    public static TheoryData<string> NoFlags => new()
    {
        "\"yes\"",
        "\"\"",
        "\"true, as far as we know\"",
        "\"\\u0074\\u0072\\u0075\\u0065, as far as we know\"",
        "\"\\u0020\\u0020\\u0020\\u0020\\u0020\\u0020\\u0020\\u0020\\u0020\\u0020\\u0020\\u0020\\u0020\\u0074rue\"",
        "\"\\uD800\"",
        "2",
        "-1",
        "1.0",
        "{\"value\": true, \"nested\": [1, {\"filename\": \"inside.txt\"}]}",
        "[true]",
        "{}",
    };

    /// <summary>Text of a flag's length that is no UTF-8: a stray byte, a sequence cut short, an encoded surrogate.</summary>
    public static TheoryData<byte[]> InvalidText => new()
    {
        new byte[] { 0xFF },
        "true"u8.ToArray().Append((byte)0xC3).ToArray(),
        new byte[] { 0xED, 0xA0, 0x80 },
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

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void An_optional_flag_sent_as_no_valid_text_is_missing(byte[] text)
    {
        var attachment = ReadOptional([(byte)'"', .. text, (byte)'"']);

        Assert.Null(attachment.IsSafe);
        Assert.Equal("after.txt", attachment.Filename);
    }

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void A_required_flag_sent_as_no_valid_text_fails_the_answer(byte[] text)
    {
        Assert.Throws<JsonException>(() => ReadRequired([(byte)'"', .. text, (byte)'"']));
    }

    [Fact]
    public void Reading_an_optional_flag_allocates_nothing_whatever_it_is()
    {
        var json = Encoding.UTF8.GetBytes("""[true, " FALSE ", 1, "\u0074rue", "\u0074\u0072\u0075\u0065", "yes", 2, {"nested": [true]}, [1, 2], null]""");
        var converter = new OptionalBooleanConverter();
        ReadAll(json, converter);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var flags = ReadAll(json, converter);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((4, 1, 0L), (flags.True, flags.False, allocated));
    }

    private static TicketAttachmentDto ReadOptional(string flag) => ReadOptional(Encoding.UTF8.GetBytes(flag));

    /// <summary>The flag's JSON as bytes, which may be no UTF-8, as an answer's may.</summary>
    private static TicketAttachmentDto ReadOptional(byte[] flag)
    {
        byte[] json = [.. "{\"id\": 31, \"is_safe\": "u8, .. flag, .. ", \"filename\": \"after.txt\"}"u8];
        return JsonSerializer.Deserialize(json, TicketsJsonContext.Platform.TicketAttachmentDto)!;
    }

    private static PlatformAnswer ReadRequired(string flag) => ReadRequired(Encoding.UTF8.GetBytes(flag));

    private static PlatformAnswer ReadRequired(byte[] flag)
    {
        byte[] json = [.. "{\"success\": "u8, .. flag, .. ", \"error\": \"after\"}"u8];
        return JsonSerializer.Deserialize(json, PlatformJsonContext.Platform.PlatformAnswer)!;
    }

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
