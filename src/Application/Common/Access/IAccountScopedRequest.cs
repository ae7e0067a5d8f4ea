namespace Portal.Application.Common.Access;

/// <summary>
/// A request about the caller's own account (profile, privacy), not about a tenant: no tenant access is checked, and the
/// Platform answers for the user the <see cref="AccountContext"/> names. Web sends it alongside the token check.
/// </summary>
public interface IAccountScopedRequest
{
    AccountContext Account { get; }
}
