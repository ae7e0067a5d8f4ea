using Portal.Domain.Patients;

namespace Portal.Domain.UnitTests.Patients;

public sealed class PatientTests
{
    private static Patient Named(string firstName, string lastName) => new(
        new PatientId("pat-1"),
        "P-000123",
        firstName,
        lastName,
        null,
        string.Empty,
        string.Empty,
        string.Empty,
        new PostalAddress(string.Empty, string.Empty, string.Empty, string.Empty),
        0,
        Samples.Tenant,
        null);

    [Theory]
    [InlineData("", "Lovelace", "Lovelace")]
    [InlineData("Ada", "", "Ada")]
    [InlineData("Ada", "Lovelace", "Ada Lovelace")]
    public void A_patient_known_by_one_name_is_named_by_it_alone(string firstName, string lastName, string fullName) =>
        Assert.Equal(fullName, Named(firstName, lastName).FullName);

    [Fact]
    public void A_patient_has_at_least_one_name() =>
        Assert.Throws<ArgumentException>(() => Named(" ", string.Empty));
}
