using Portal.Domain.Patients;

namespace Portal.Domain.UnitTests.Patients;

public sealed class PostalAddressTests
{
    [Theory]
    [InlineData("1 Main St", "Springfield", "IL", "62701", "1 Main St, Springfield, IL 62701")]
    [InlineData("", "Springfield", "", "62701", "Springfield, 62701")]
    [InlineData("1 Main St", "", "IL", "", "1 Main St, IL")]
    [InlineData("", "", "", "", "")]
    public void An_address_reads_as_one_line_without_the_parts_not_known(string street, string city, string state, string zip, string line) =>
        Assert.Equal(line, new PostalAddress(street, city, state, zip).ToString());
}
