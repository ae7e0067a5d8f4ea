namespace Portal.Domain.Identity;

/// <summary>
/// The answer to e-mail and password: either a completed sign-in (<see cref="SignedIn"/>) or a request for a second step
/// (<see cref="SecondStep"/>), never both. Wrong credentials are not an attempt: they are refused before one exists.
/// </summary>
public sealed record SignInAttempt
{
    private SignInAttempt(SignedInUser? signedIn, SecondStepChallenge? secondStep)
    {
        SignedIn = signedIn;
        SecondStep = secondStep;
    }

    /// <summary>Who signed in and their token, when the password was all the backend asked for; otherwise null.</summary>
    public SignedInUser? SignedIn { get; }

    /// <summary>What the backend asks for before it completes the sign-in; null when it is complete.</summary>
    public SecondStepChallenge? SecondStep { get; }

    public bool IsCompleted => SignedIn is not null;

    public static SignInAttempt Completed(SignedInUser signedIn)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        return new(signedIn, null);
    }

    public static SignInAttempt SecondStepRequired(SecondStepChallenge challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        return new(null, challenge);
    }
}
