using Portal.Application.Identity.Commands.Login;
using Portal.Application.Patients.Commands.CreatePatient;
using Portal.Application.UnitTests.Fakes;

namespace Portal.Application.UnitTests.Common;

/// <summary>The sign-in form and the new-patient form judge an e-mail address by the one shared rule, message for message.</summary>
public sealed class EmailAddressRuleTests
{
    private const string Required = "Email address is required.";
    private const string Malformed = "Enter a valid email address, for example name@example.com.";

    /// <summary><c>(email, the one message, or null when accepted)</c>.</summary>
    public static TheoryData<string, string?> Emails => new()
    {
        { "ada@example.com", null },
        { "  ada@example.com  ", null },
        { new string('a', 242) + "@example.com", null },
        { "", Required },
        { "   ", Required },
        { "ada", Malformed },
        { "ada@example", Malformed },
        { "ada lovelace@example.com", Malformed },
        { new string('a', 243) + "@example.com", "Email address must be at most 254 characters." },
    };

    [Theory]
    [MemberData(nameof(Emails))]
    public void Signing_in_and_adding_a_patient_judge_an_email_alike(string email, string? message)
    {
        var signIn = new LoginCommandValidator().Validate(new LoginCommand(email, "secret")).Errors;
        var newPatient = new CreatePatientCommandValidator(FixedClock.Today)
            .Validate(new CreatePatientCommand(Samples.Access, "Ada", "Lovelace", email, "5550100123", new DateOnly(1980, 5, 17))).Errors;

        Assert.Equal(message is null ? [] : [message], signIn.Select(e => e.ErrorMessage));
        Assert.Equal(message is null ? [] : [message], newPatient.Select(e => e.ErrorMessage));
    }
}
