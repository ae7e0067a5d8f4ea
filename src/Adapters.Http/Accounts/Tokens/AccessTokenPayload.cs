namespace Portal.Adapters.Http.Accounts.Tokens;

/// <summary>What a Platform-identity access token says: whose it is and until when (Unix seconds).</summary>
internal sealed class AccessTokenPayload
{
    public string? UserId { get; set; }

    public long Exp { get; set; }
}
