using Portal.Domain.Claims;
using Portal.Domain.Patients;

namespace Portal.Domain.UnitTests.Common;

public sealed class IdentifierTypesTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("p.1")]
    [InlineData("p*")]
    [InlineData("p 1")]
    public void Ids_that_could_break_a_subject_are_refused(string value)
    {
        Assert.Throws<ArgumentException>(() => new PatientId(value));
        Assert.Throws<ArgumentException>(() => new ClaimId(value));
    }

    [Fact]
    public void Ids_longer_than_64_characters_are_refused()
    {
        Assert.Equal(new string('a', 64), new PatientId(new string('a', 64)).Value);
        Assert.Throws<ArgumentException>(() => new ClaimId(new string('a', 65)));
    }

    [Fact]
    public void Ids_compare_by_value_and_render_as_their_value()
    {
        Assert.Equal(new PatientId("pat_1"), new PatientId("pat_1"));
        Assert.Equal("clm-9", new ClaimId("clm-9").ToString());
    }
}
