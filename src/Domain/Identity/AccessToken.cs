namespace Portal.Domain.Identity;

/// <summary>
/// The identity backend's token for a signed-in user. Opaque to Portal: it is only carried back to the
/// backends, which decide whether it is still good. Never rendered or logged.
/// </summary>
public sealed record AccessToken
{
    public const int MaxLength = 4096;

    public AccessToken(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"An access token is 1 to {MaxLength} printable ASCII characters.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    /// <summary>1 to <see cref="MaxLength"/> printable ASCII characters ('!' to '~'); checked on every request, so as a span.</summary>
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && !value.AsSpan().ContainsAnyExceptInRange('!', '~');

    /// <summary>Keeps the secret out of logs and exception messages.</summary>
    public override string ToString() => "AccessToken(***)";
}
