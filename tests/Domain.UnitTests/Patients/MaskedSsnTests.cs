using System.Reflection;
using Portal.Domain.Patients;

namespace Portal.Domain.UnitTests.Patients;

public sealed class MaskedSsnTests
{
    [Theory]
    [InlineData("123-45-6789")]
    [InlineData("123456789")]
    [InlineData(" 123-45-6789 ")]
    [InlineData("***-**-6789")]
    [InlineData("XXX-XX-6789")]
    [InlineData("xxx-xx-6789")]
    public void Full_and_masked_numbers_keep_only_the_last_four_digits(string input)
    {
        var ssn = MaskedSsn.Parse(input);

        Assert.Equal("6789", ssn.LastFour);
        Assert.Equal("***-**-6789", ssn.ToString());
    }

    [Fact]
    public void No_member_of_a_masked_number_reveals_the_first_five_digits()
    {
        var ssn = MaskedSsn.Parse("123-45-6789");

        var texts = typeof(MaskedSsn)
            .GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => p.GetValue(ssn)?.ToString() ?? string.Empty)
            .Concat(typeof(MaskedSsn)
                .GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(f => f.GetValue(ssn)?.ToString() ?? string.Empty))
            .Append(ssn.ToString())
            .Append($"{ssn}")
            .ToList();

        Assert.All(texts, text => Assert.DoesNotContain("12345", text.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain("123", text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_and_a_masked_form_of_one_number_are_equal() =>
        Assert.Equal(MaskedSsn.Parse("123-45-6789"), MaskedSsn.Parse("***-**-6789"));

    [Theory]
    [InlineData("")]
    [InlineData("6789")]
    [InlineData("12-345-6789")]
    [InlineData("123-45-678")]
    [InlineData("1234567890")]
    [InlineData("***-**-67a9")]
    [InlineData("***-45-6789")]
    [InlineData("abc-de-fghi")]
    public void Anything_else_is_refused(string input)
    {
        Assert.False(MaskedSsn.TryParse(input, out var masked));
        Assert.Null(masked);
        Assert.Throws<ArgumentException>(() => MaskedSsn.Parse(input));
    }

    [Fact]
    public void Null_is_refused() => Assert.False(MaskedSsn.TryParse(null, out _));

    [Fact]
    public void A_refusal_does_not_repeat_the_number()
    {
        var error = Assert.Throws<ArgumentException>(() => MaskedSsn.Parse("123-45-678"));

        Assert.DoesNotContain("123", error.Message, StringComparison.Ordinal);
    }
}
