using Portal.Application.Common.Access;

namespace Portal.Application.UnitTests.Company;

internal static class CompanySamples
{
    /// <summary>The fake directory's user in the fake directory's tenant, with the given Platform role.</summary>
    public static AccessContext AccessAs(string? role) => new("token-123", "user-1", "tenant-1") { PlatformRole = role };
}
