using Portal.Application.Company.Commands.UpdateCompanyDetails;
using Portal.Application.Profile.Commands.UpdateProfile;
using Portal.Application.UnitTests.Company;
using Portal.Application.UnitTests.Profile;

namespace Portal.Application.UnitTests.Common;

/// <summary>The profile form and the company details form judge a phone number by the one shared rule, message for message.</summary>
public sealed class PhoneNumberRuleTests
{
    private const string Malformed =
        "Enter a phone number of 6 to 15 digits, for example +40 721 234 567 (digits, spaces, '+' at the start, '-', '.', '(' and ')').";

    /// <summary><c>(phone, the one message, or null when accepted)</c>.</summary>
    public static TheoryData<string, string?> Phones => new()
    {
        // Shapes both forms accepted before the rule was shared.
        { "", null },
        { "   ", null },
        { "+40 721 234 567", null },
        { " 0721234567 ", null },
        { "(021) 312-3456", null },
        { "+40-21-222-3344", null },
        { "123456", null },
        { "123456789012345", null },

        // Only the profile accepted dots; the company form now does too.
        { "0721.234.567", null },

        // Only the company form accepted these, none a number anyone can be called on: a '+' inside, too few or too
        // many digits (E.164 allows 15), no digits at all.
        { "40+721234567", Malformed },
        { "12345", Malformed },
        { "1234567890123456", Malformed },
        { "+", Malformed },
        { "(-)", Malformed },

        // Neither accepted these.
        { "0721 CALL ME", Malformed },
        { "=cmd|' /C calc'!A0", Malformed },
        { "+40 21 222 333 444 555 6", "Phone must be at most 20 characters." },
    };

    [Theory]
    [MemberData(nameof(Phones))]
    public void The_profile_and_the_company_details_judge_a_phone_alike(string phone, string? message)
    {
        var profile = new UpdateProfileCommandValidator().Validate(
            new UpdateProfileCommand(AccountPipeline.Account, "Ada", "Lovelace", phone, "en", "Europe/Bucharest", true, false, false)).Errors;
        var company = new UpdateCompanyDetailsCommandValidator().Validate(
            new UpdateCompanyDetailsCommand(CompanySamples.AccessAs("owner"), "Lima Dental", "", "", phone, "", "")).Errors;

        Assert.Equal(message is null ? [] : [("Phone", message)], profile.Select(e => (e.PropertyName, e.ErrorMessage)));
        Assert.Equal(message is null ? [] : [("PrimaryPhone", message)], company.Select(e => (e.PropertyName, e.ErrorMessage)));
    }
}
