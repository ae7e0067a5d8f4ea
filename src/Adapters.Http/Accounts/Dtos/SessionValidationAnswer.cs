using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

/// <summary>
/// <c>{active, membership_hash, revoke_before}</c>: the one Platform answer without <c>success</c>; <c>active</c> stands in
/// for it, so the shared envelope handling applies.
/// </summary>
internal sealed class SessionValidationAnswer : PlatformAnswer
{
    public bool Active
    {
        get => Success;
        set => Success = value;
    }

    public string? MembershipHash { get; set; }
}
