using Microsoft.AspNetCore.Identity;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Keeps users in an ASP.NET Core Identity store.</summary>
public sealed class UserAccounts(UserManager<IdentityUser> users)
{
    public Task<IdentityUser?> FindAsync(string name) => users.FindByNameAsync(name);
}
