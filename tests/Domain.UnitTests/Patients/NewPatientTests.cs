using Portal.Domain.Patients;

namespace Portal.Domain.UnitTests.Patients;

public sealed class NewPatientTests
{
    private static readonly DateOnly Born = new(1980, 5, 17);

    [Fact]
    public void Surrounding_spaces_are_trimmed()
    {
        var patient = new NewPatient(" Ada ", " Lovelace ", " ada@example.com ", " +1 555 0100 ", Born);

        Assert.Equal("Ada", patient.FirstName);
        Assert.Equal("Lovelace", patient.LastName);
        Assert.Equal("ada@example.com", patient.Email);
        Assert.Equal("+1 555 0100", patient.Phone);
        Assert.Equal(Born, patient.DateOfBirth);
    }

    [Fact]
    public void A_name_pasted_decomposed_is_kept_composed()
    {
        var patient = new NewPatient("Jose\u0301", "Marti\u0301", "jose@example.com", "+1 555 0100", Born);

        Assert.Equal(("Jos\u00E9", "Mart\u00ED"), (patient.FirstName, patient.LastName));
    }

    [Theory]
    [InlineData("", "Lovelace", "ada@example.com", "5550100123")]
    [InlineData("Ada", "Love1ace", "ada@example.com", "5550100123")]
    [InlineData("Ada", "Lovelace", "ada.example.com", "5550100123")]
    [InlineData("Ada", "Lovelace", "ada@example.com", "555-01")]
    public void Invalid_details_are_refused(string firstName, string lastName, string email, string phone) =>
        Assert.ThrowsAny<ArgumentException>(() => new NewPatient(firstName, lastName, email, phone, Born));

    [Fact]
    public void A_birth_before_1900_is_refused() =>
        Assert.ThrowsAny<ArgumentException>(() => new NewPatient("Ada", "Lovelace", "ada@example.com", "5550100123", new DateOnly(1899, 12, 31)));
}
