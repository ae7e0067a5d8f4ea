using Portal.Domain.Patients;

namespace Portal.Domain.UnitTests.Patients;

public sealed class PatientRulesTests
{
    [Theory]
    [InlineData("Ada", true)]
    [InlineData("Mary-Jane", true)]
    [InlineData("O'Brien", true)]
    [InlineData("O\u2019Brien", true)]
    [InlineData("José María", true)]
    [InlineData("Jose\u0301", true)]
    [InlineData("राम", true)]
    [InlineData("สมศักดิ์", true)]
    [InlineData("𠮷野", true)]
    [InlineData("می\u200Cخواهم", true)]
    [InlineData("\u0301", false)]
    [InlineData("Ada\ud800", false)]
    [InlineData("  Ada  ", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("--", false)]
    [InlineData("R2D2", false)]
    [InlineData("Ada;", false)]
    [InlineData(null, false)]
    public void Names_are_letters_spaces_hyphens_and_apostrophes(string? name, bool valid) =>
        Assert.Equal(valid, PatientRules.IsValidName(name));

    [Fact]
    public void Names_may_be_100_characters_but_no_more()
    {
        Assert.True(PatientRules.IsValidName(new string('a', 100)));
        Assert.False(PatientRules.IsValidName(new string('a', 101)));
    }

    [Theory]
    [InlineData("5550100", true)]
    [InlineData("+1 (555) 010-0123", true)]
    [InlineData("12345678901234567890", true)]
    [InlineData("555010", false)]
    [InlineData("123456789012345678901", false)]
    [InlineData("+1 (55) 0", false)]
    [InlineData("555-0100 ext 2", false)]
    [InlineData(null, false)]
    public void Phones_are_7_to_20_characters_of_digits_and_punctuation(string? phone, bool valid) =>
        Assert.Equal(valid, PatientRules.IsValidPhone(phone));
}
