namespace Portal.Domain.Identity;

/// <summary>
/// What an identity backend asks for before it completes a sign-in: a second step by <see cref="Method"/> (for example
/// "totp"), to be answered with <see cref="Reference"/>, the backend's opaque handle on this half-finished sign-in.
/// Portal keeps no state: a page would carry the reference in its form and send it back with the code.
/// </summary>
public sealed record SecondStepChallenge
{
    public const int MaxMethodLength = 32;
    public const int MaxReferenceLength = 1024;

    public SecondStepChallenge(string method, string reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (method.Length > MaxMethodLength || !method.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"A method is 1 to {MaxMethodLength} lower-case letters, digits, '-' or '_'.", nameof(method));
        }

        if (reference.Length > MaxReferenceLength)
        {
            throw new ArgumentException($"A reference is at most {MaxReferenceLength} characters.", nameof(reference));
        }

        Method = method;
        Reference = reference;
    }

    /// <summary>How the user proves it is them, in the backend's word: "totp", "webauthn", "sms".</summary>
    public string Method { get; }

    /// <summary>The backend's handle on the sign-in waiting for its second step; opaque to Portal.</summary>
    public string Reference { get; }

    /// <summary>The reference stays out of logs: it stands for a half-finished sign-in.</summary>
    public override string ToString() => $"SecondStepChallenge(Method = {Method}, Reference = ***)";
}
