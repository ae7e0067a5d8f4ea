using Portal.Application.Common.Exceptions;
using Portal.Application.Patients.Commands.CreatePatient;
using Portal.Application.UnitTests.Fakes;
using Portal.Testing.Fakes;

namespace Portal.Application.UnitTests.Patients;

public sealed class CreatePatientCommandTests
{
    private readonly FakePatientRegistry registry = new();
    private readonly CreatePatientCommandValidator validator = new(FixedClock.Today);

    private static CreatePatientCommand Command(
        string firstName = "Ada",
        string lastName = "Lovelace",
        string email = "ada@example.com",
        string phone = "+1 (555) 010-0123",
        string? dateOfBirth = "1980-05-17") =>
        new(Samples.Access, firstName, lastName, email, phone, dateOfBirth is null ? null : DateOnly.Parse(dateOfBirth));

    [Fact]
    public async Task Registers_the_trimmed_details_with_the_tenant()
    {
        var created = await new CreatePatientCommandHandler(registry).Handle(
            Command(firstName: " Ada ", email: " ada@example.com "), CancellationToken.None);

        Assert.Equal("Ada", registry.LastCreated?.FirstName);
        Assert.Equal("ada@example.com", registry.LastCreated?.Email);
        Assert.Equal(new DateOnly(1980, 5, 17), registry.LastCreated?.DateOfBirth);
        Assert.Equal(Samples.Access.ToScope(), registry.LastScope);
        Assert.Equal(Samples.Tenant, created.TenantId);
        Assert.Equal("Lovelace", created.LastName);
    }

    [Fact]
    public async Task A_refusal_of_the_backend_reaches_the_caller()
    {
        registry.Add(Samples.Patient());

        var refusal = await Assert.ThrowsAsync<RequestRejectedException>(
            () => new CreatePatientCommandHandler(registry).Handle(Command(), CancellationToken.None));
        Assert.Equal("A patient with this email address already exists.", refusal.Message);
    }

    [Theory]
    [InlineData("Ada", "Lovelace", "ada@example.com", "5550100", "1900-01-01")]
    [InlineData("Mary-Jane", "O'Brien", "mj@mail.example.org", "+44 20 7946 0958", "2025-06-14")]
    [InlineData("José", "de la Cruz", "jose@example.com", "(555) 010-0123", "1999-12-31")]
    public void Good_details_pass(string firstName, string lastName, string email, string phone, string dateOfBirth) =>
        Assert.True(validator.Validate(Command(firstName, lastName, email, phone, dateOfBirth)).IsValid);

    [Theory]
    [InlineData("", "Lovelace", "ada@example.com", "5550100123", "1980-05-17", "FirstName", "First name is required.")]
    [InlineData("  ", "Lovelace", "ada@example.com", "5550100123", "1980-05-17", "FirstName", "First name is required.")]
    [InlineData("Ada2", "Lovelace", "ada@example.com", "5550100123", "1980-05-17", "FirstName", "First name may contain only letters, spaces, hyphens and apostrophes.")]
    [InlineData("Ada", "", "ada@example.com", "5550100123", "1980-05-17", "LastName", "Last name is required.")]
    [InlineData("Ada", "<script>", "ada@example.com", "5550100123", "1980-05-17", "LastName", "Last name may contain only letters, spaces, hyphens and apostrophes.")]
    [InlineData("Ada", "Lovelace", "", "5550100123", "1980-05-17", "Email", "Email address is required.")]
    [InlineData("Ada", "Lovelace", "ada@example", "5550100123", "1980-05-17", "Email", "Enter a valid email address, for example name@example.com.")]
    [InlineData("Ada", "Lovelace", "ada@example.com", "", "1980-05-17", "Phone", "Phone number is required.")]
    [InlineData("Ada", "Lovelace", "ada@example.com", "555-01", "1980-05-17", "Phone", "Phone number must be 7 to 20 characters of digits, spaces, '+', '-', '(' and ')'.")]
    [InlineData("Ada", "Lovelace", "ada@example.com", "call 5550100123", "1980-05-17", "Phone", "Phone number must be 7 to 20 characters of digits, spaces, '+', '-', '(' and ')'.")]
    [InlineData("Ada", "Lovelace", "ada@example.com", "5550100123", null, "DateOfBirth", "Date of birth is required.")]
    [InlineData("Ada", "Lovelace", "ada@example.com", "5550100123", "2025-06-15", "DateOfBirth", "Date of birth must be in the past.")]
    [InlineData("Ada", "Lovelace", "ada@example.com", "5550100123", "2030-01-01", "DateOfBirth", "Date of birth must be in the past.")]
    [InlineData("Ada", "Lovelace", "ada@example.com", "5550100123", "1899-12-31", "DateOfBirth", "Date of birth cannot be before 1900.")]
    public void Bad_details_are_refused_with_a_human_message(
        string firstName, string lastName, string email, string phone, string? dateOfBirth, string property, string message)
    {
        var result = validator.Validate(Command(firstName, lastName, email, phone, dateOfBirth));

        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Names_longer_than_100_characters_are_refused()
    {
        var result = validator.Validate(Command(firstName: new string('a', 101), lastName: new string('b', 100)));

        var error = Assert.Single(result.Errors);
        Assert.Equal("First name must be at most 100 characters.", error.ErrorMessage);
    }

    [Fact]
    public void Personal_details_stay_out_of_the_text_form()
    {
        var text = Command().ToString();

        Assert.DoesNotContain("Lovelace", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain("token-abc", text, StringComparison.Ordinal);
    }
}
