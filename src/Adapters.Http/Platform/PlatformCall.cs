namespace Portal.Adapters.Http.Platform;

/// <summary>
/// What one endpoint call is: a read (retried after 502/503/504 and connection failures) or a write (sent once, since
/// the Platform may have acted on it), and what a 403/404 means — "the <see cref="Subject"/> was not found", or, for
/// sign-in, wrong credentials.
/// </summary>
internal sealed record PlatformCall
{
    private PlatformCall(string subject, bool isRead, bool isSignIn, bool isSessionCheck = false)
    {
        Subject = subject;
        IsRead = isRead;
        IsSignIn = isSignIn;
        IsSessionCheck = isSessionCheck;
    }

    public string Subject { get; }

    public bool IsRead { get; }

    /// <summary>Every refusal of a sign-in (400, 401, 403, 404, <c>success: false</c>) means wrong credentials.</summary>
    public bool IsSignIn { get; }

    /// <summary><c>users/session/validate/</c>: its 401 <c>{active: false}</c> means the user is gone, not a refused signature.</summary>
    public bool IsSessionCheck { get; }

    public static PlatformCall Read(string subject) => new(subject, isRead: true, isSignIn: false);

    public static PlatformCall Write(string subject) => new(subject, isRead: false, isSignIn: false);

    public static PlatformCall SignIn { get; } = new("user", isRead: true, isSignIn: true);

    public static PlatformCall SessionCheck { get; } = new("user", isRead: true, isSignIn: false, isSessionCheck: true);
}
