using Portal.Application.Common.Exceptions;

namespace Portal.Web.Pages;

/// <summary>
/// What the login page says when the identity backend refuses a sign-in. A backend refuses an account that may not use
/// the customer portal only after its password was right, so saying so tells nothing to someone who guesses addresses;
/// every other refusal reads the same whether or not the address exists.
/// </summary>
public static class LoginRefusal
{
    public const string WrongCredentials = "The email address or password is not right.";

    public const string NotForThisPortal =
        "This account cannot sign in to the customer portal. If you think it should, ask your practice's administrator.";

    // The identity backend's reason for an account it knows but keeps out ("not allowed in the customer portal").
    private static readonly string[] NotAllowedWords = ["not allowed", "not permitted"];

    public static string MessageFor(NotAuthenticatedException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return NotAllowedWords.Any(word => refused.Message.Contains(word, StringComparison.OrdinalIgnoreCase))
            ? NotForThisPortal
            : WrongCredentials;
    }
}
