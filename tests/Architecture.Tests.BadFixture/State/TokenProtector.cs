using Microsoft.AspNetCore.DataProtection;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Needs a data protection key ring.</summary>
public sealed class TokenProtector(IDataProtectionProvider provider)
{
    public string Protect(string token) => provider.CreateProtector("tokens").Protect(token);
}
