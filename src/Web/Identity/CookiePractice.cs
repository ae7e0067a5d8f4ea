using System.Text;
using System.Text.Json.Serialization;
using Portal.Domain.Common;
using Portal.Domain.Tenants;

namespace Portal.Web.Identity;

/// <summary>
/// One of the user's practices as the sign-in cookie carries it for the practice header: what the header shows (name,
/// the user's role) and nothing else, under one-letter names, since every request sends the cookie; a role the backend
/// did not give is left out.
/// </summary>
internal sealed record CookiePractice(
    [property: JsonPropertyName("i")] string Id,
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("r"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    [property: JsonPropertyName("s")] TenantStatus Status)
{
    /// <summary>What a listed tenant would have been: the cookie is sealed, so this guards against Portal's own mistakes.</summary>
    [JsonIgnore]
    public bool IsValid =>
        Identifier.IsValid(Id)
        && !string.IsNullOrWhiteSpace(Name)
        && (Role is null || (Role.Length <= PortalSignIn.MaxRoleLength && !string.IsNullOrWhiteSpace(Role)))
        && Enum.IsDefined(Status);

    /// <summary>More practices than this are never carried, whatever their names' length.</summary>
    public const int MaxPractices = 64;

    /// <summary>
    /// The most the practices may take of the cookie's payload, counting every name and role as if JSON escaped each
    /// character, so that the largest sign-in still fits in <see cref="SignInCookie.MaxChunks"/>: a dozen practices of
    /// ordinary names fit; a user with more has them listed on each page instead.
    /// </summary>
    public const int MaxBytes = 1536;

    /// <summary>What each practice costs besides its id, name and role: the property names, quotes and the status.</summary>
    private const int Overhead = 32;

    /// <summary>The tenants as the cookie can carry them for the header; null when they would not fit.</summary>
    public static IReadOnlyList<Tenant>? Fitting(IReadOnlyList<Tenant> tenants)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        if (tenants.Count > MaxPractices)
        {
            return null;
        }

        var bytes = 0;
        foreach (var tenant in tenants)
        {
            if (tenant.Role?.Length > PortalSignIn.MaxRoleLength)
            {
                return null;
            }

            bytes += tenant.Id.Value.Length + (2 * (Encoding.UTF8.GetByteCount(tenant.Name) + Encoding.UTF8.GetByteCount(tenant.Role ?? string.Empty))) + Overhead;
        }

        return bytes <= MaxBytes ? tenants : null;
    }

    public static CookiePractice From(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return new CookiePractice(tenant.Id.Value, tenant.Name, tenant.Role, tenant.Status);
    }

    /// <summary>
    /// The tenant for the header, linked to the Platform customer <paramref name="platformCustomerId"/> (the sign-in's
    /// link for it); its features are not carried (the header does not show them).
    /// </summary>
    public Tenant ToTenant(long? platformCustomerId) =>
        new(new TenantId(Id), Name, Status, Role, []) { PlatformCustomerId = platformCustomerId };
}
