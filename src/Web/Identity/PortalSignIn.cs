using System.Collections.Frozen;
using System.Globalization;
using Portal.Application.Common.Access;
using Portal.Application.Identity.Queries.RevalidateSignIn;
using Portal.Domain.Identity;
using Portal.Domain.Profile;
using Portal.Domain.Tenants;

namespace Portal.Web.Identity;

/// <summary>
/// What the sign-in cookie carries: the backend's token and, for display and access checks, whose it is; and the links
/// to the Platform: the user's Platform id, the customer of each linked tenant, and when the Platform last confirmed the
/// user (with the fingerprint of their memberships then).
/// </summary>
public sealed record PortalSignIn(string Token, string UserId, string DisplayName)
{
    /// <summary>
    /// The most tenant links one cookie carries, so that the cookie stays inside its chunk limit: a user's further linked
    /// tenants show without their Platform areas.
    /// </summary>
    public const int MaxPlatformCustomers = 32;

    /// <summary>The longest time zone name kept (IANA names are at most about 30 characters).</summary>
    public const int MaxTimeZoneLength = Domain.Profile.TimeZoneNames.MaxLength;

    /// <summary>The longest role kept (the Platform's are at most 7 characters); a longer one shows the tenant's own.</summary>
    public const int MaxRoleLength = 32;

    /// <summary>When the user signed in: the absolute lifetime counts from here. The cookie stamps it.</summary>
    public DateTimeOffset SignedInAt { get; init; }

    /// <summary>When a request last renewed the sign-in: the idle lifetime counts from here. The cookie stamps it.</summary>
    public DateTimeOffset ActiveAt { get; init; }

    /// <summary>The user's id on the Platform; null when the user has none (or Portal runs without the Platform).</summary>
    public long? PlatformUserId { get; init; }

    /// <summary>With the Platform alone: every tenant is the Platform customer whose id it is.</summary>
    public bool TenantsAreCustomers { get; init; }

    /// <summary>With both backends: tenant id → Platform customer id, for the linked tenants only.</summary>
    public IReadOnlyDictionary<string, long> PlatformCustomers { get; init; } = FrozenDictionary<string, long>.Empty;

    /// <summary>
    /// The user's role in each linked customer (with the Platform alone, in each customer), from the Platform's
    /// <c>users/customers/</c> at sign-in and whenever the membership fingerprint changes. Role-gated commands carry it.
    /// </summary>
    public IReadOnlyDictionary<long, string> PlatformRoles { get; init; } = FrozenDictionary<long, string>.Empty;

    /// <summary>
    /// The IANA time zone the user chose in their Platform profile (for example <c>Europe/Bucharest</c>); Portal shows
    /// times in it. Null when none is known: times are then shown in the browser's own zone.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>The Platform's fingerprint of the user's memberships when it last confirmed the user; null before.</summary>
    public string? MembershipHash { get; init; }

    /// <summary>
    /// When the Platform last confirmed the user; null when it never did (then the next request asks). After a check the
    /// Platform did not answer, set back so that the next one falls due a minute later (see <see cref="SignedInWork"/>).
    /// </summary>
    public DateTimeOffset? MembershipCheckedAt { get; init; }

    /// <summary>
    /// The user's practices (tenants) as last listed, for the practice header: name, role and the switcher. Null when the
    /// cookie carries none (never listed yet, or too many to carry: <see cref="CookiePractice.Fitting"/>); then each page
    /// lists them.
    /// </summary>
    public IReadOnlyList<Tenant>? Practices { get; init; }

    /// <summary>When <see cref="Practices"/> were listed: a page lists them again once they are <see cref="PracticesInterval"/> old.</summary>
    public DateTimeOffset? PracticesListedAt { get; init; }

    /// <summary>
    /// How stale the practice header (and the Platform links the list carries) may get: as long as the activity stamp
    /// is left, so a working user's practices are listed about once a minute instead of on every page.
    /// </summary>
    public static TimeSpan PracticesInterval { get; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether a page must list the user's practices: the cookie carries none, or they are <see cref="PracticesInterval"/> old.</summary>
    public bool PracticesDue(DateTimeOffset now) =>
        Practices is null || PracticesListedAt is not { } listedAt || now - listedAt >= PracticesInterval || now < listedAt;

    /// <summary>
    /// The practices just listed, stamped <paramref name="listedAt"/>, with the tenant links they give (with both
    /// backends); the cookie carries them from now on, unless they are too many for it (<see cref="CookiePractice.Fitting"/>).
    /// </summary>
    public PortalSignIn WithPractices(IReadOnlyList<Tenant> tenants, DateTimeOffset listedAt, bool withLinks)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        var linked = withLinks ? WithLinksOf(tenants) : this;
        var fitting = CookiePractice.Fitting(tenants);
        return linked with { Practices = fitting, PracticesListedAt = fitting is null ? null : listedAt };
    }

    /// <summary>The Platform customer of <paramref name="tenantId"/>, or null when the tenant has no link.</summary>
    public long? PlatformCustomerFor(string tenantId) => PlatformCustomerFor(TenantsAreCustomers, PlatformCustomers, tenantId);

    /// <summary>
    /// <see cref="PlatformCustomerFor(string)"/> for a sign-in being built from its parts (the cookie's practices are
    /// linked while it is read).
    /// </summary>
    public static long? PlatformCustomerFor(bool tenantsAreCustomers, IReadOnlyDictionary<string, long> customers, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(customers);
        if (tenantsAreCustomers)
        {
            return long.TryParse(tenantId, NumberStyles.None, CultureInfo.InvariantCulture, out var customer) && customer > 0 ? customer : null;
        }

        return tenantId is not null && customers.TryGetValue(tenantId, out var linked) ? linked : null;
    }

    /// <summary>Whether the tenant has Platform areas for this user: both the user and the tenant are linked.</summary>
    public bool HasPlatformLink(string tenantId) => PlatformUserId is not null && PlatformCustomerFor(tenantId) is not null;

    /// <summary>
    /// Whether the identity backend's verdict on this sign-in's token names this very user: a token that verifies as
    /// someone else is no sign-in of this user's. The one rule for a request and for an open live stream's re-check.
    /// </summary>
    public bool IsConfirmedBy(VerifiedToken verified)
    {
        ArgumentNullException.ThrowIfNull(verified);
        return verified.UserId.Value == UserId;
    }

    /// <summary>This user's access to one tenant, for a tenant-scoped request, with the Platform ids when linked.</summary>
    public AccessContext AccessTo(string tenantId) => new(Token, UserId, tenantId)
    {
        PlatformUserId = PlatformUserId,
        PlatformCustomerId = PlatformUserId is null ? null : PlatformCustomerFor(tenantId),
        PlatformRole = PlatformRoleIn(tenantId),
    };

    /// <summary>This user's access to their own account (profile, privacy), which lives on the Platform.</summary>
    public AccountContext OwnAccount() => new(Token, UserId, PlatformUserId);

    /// <summary>
    /// The sign-in with the time zone of the user's profile; a name this machine does not know as an IANA zone (or a blank
    /// one) means none, and times are then shown in the browser's zone.
    /// </summary>
    public PortalSignIn WithTimeZone(string? name) =>
        this with { TimeZone = name is { Length: <= MaxTimeZoneLength } && TimeZoneNames.IsValid(name) ? name : null };

    /// <summary>The user's Platform role in the customer of <paramref name="tenantId"/>; null when unknown or unlinked.</summary>
    public string? PlatformRoleIn(string tenantId) =>
        PlatformUserId is not null && PlatformCustomerFor(tenantId) is { } customer && PlatformRoles.TryGetValue(customer, out var role)
            ? role
            : null;

    /// <summary>
    /// The sign-in as the Platform confirmed it at <paramref name="checkedAt"/>: its membership fingerprint, and the links
    /// and roles it fetched again when that fingerprint had changed.
    /// </summary>
    public PortalSignIn WithRevalidation(SignInRevalidation revalidation, DateTimeOffset checkedAt)
    {
        ArgumentNullException.ThrowIfNull(revalidation);
        var confirmed = this with { MembershipHash = revalidation.MembershipHash, MembershipCheckedAt = checkedAt };
        var linked = revalidation.RefreshedTenants is { } tenants ? confirmed.WithLinksOf(tenants) : confirmed;
        return revalidation.RefreshedMemberships is { } memberships ? linked.WithRolesOf(memberships) : linked;
    }

    /// <summary>The tenant links as <paramref name="tenants"/> (the user's tenants as just listed) give them.</summary>
    public PortalSignIn WithLinksOf(IReadOnlyList<Tenant> tenants) =>
        TenantsAreCustomers ? this : this with { PlatformCustomers = LinksOf(tenants) };

    /// <summary>
    /// The user's role in <paramref name="tenant"/>: the Platform's for a linked tenant when known, else the tenant's own;
    /// null when neither was given.
    /// </summary>
    public string? RoleIn(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return PlatformCustomerFor(tenant.Id.Value) is { } customer && PlatformRoles.TryGetValue(customer, out var role)
            ? role
            : tenant.Role;
    }

    /// <summary>
    /// The roles of the linked customers among <paramref name="memberships"/> (the Platform's list just fetched); with the
    /// Platform alone, of every customer, up to <see cref="MaxPlatformCustomers"/>.
    /// </summary>
    public PortalSignIn WithRolesOf(IReadOnlyList<PlatformMembership> memberships)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        var linked = PlatformCustomers.Values.ToHashSet();
        return this with
        {
            PlatformRoles = memberships
                .Where(membership => (TenantsAreCustomers || linked.Contains(membership.CustomerId)) && membership.Role.Length <= MaxRoleLength)
                .DistinctBy(membership => membership.CustomerId)
                .Take(MaxPlatformCustomers)
                .ToFrozenDictionary(membership => membership.CustomerId, membership => membership.Role),
        };
    }

    /// <summary>Whether the sign-in carries any Platform link or role that <see cref="WithHalfThePlatformLinks"/> could drop.</summary>
    public bool HasPlatformLinksOrRoles => PlatformCustomers.Count > 0 || PlatformRoles.Count > 0;

    /// <summary>
    /// The sign-in with half its Platform links (and the roles of the customers it keeps), for a cookie that would not fit:
    /// the tenants dropped show without their Platform areas.
    /// </summary>
    public PortalSignIn WithHalfThePlatformLinks()
    {
        var customers = PlatformCustomers.Take(PlatformCustomers.Count / 2).ToFrozenDictionary(StringComparer.Ordinal);
        var kept = TenantsAreCustomers
            ? PlatformRoles.Keys.Take(PlatformRoles.Count / 2).ToHashSet()
            : customers.Values.ToHashSet();
        return this with
        {
            PlatformCustomers = customers,
            PlatformRoles = PlatformRoles.Where(role => kept.Contains(role.Key)).ToFrozenDictionary(),
        };
    }

    /// <summary>
    /// Whether <paramref name="tenants"/> (the user's tenants as just listed, at <paramref name="now"/>) change what the
    /// cookie carries: other practices for the header, practices due to be stamped again, or, <paramref name="withLinks"/>,
    /// other Platform links. Then the cookie is re-issued <see cref="WithPractices"/>.
    /// </summary>
    public bool PracticesChangedBy(IReadOnlyList<Tenant> tenants, DateTimeOffset now, bool withLinks)
    {
        var fitting = CookiePractice.Fitting(tenants);
        var samePractices = fitting is null
            ? Practices is null
            : Practices is not null && Practices.Select(CookiePractice.From).SequenceEqual(fitting.Select(CookiePractice.From));
        if (!samePractices || (fitting is not null && PracticesDue(now)))
        {
            return true;
        }

        if (!withLinks || TenantsAreCustomers)
        {
            return false;
        }

        var fresh = LinksOf(tenants);
        return fresh.Count != PlatformCustomers.Count
            || fresh.Any(link => !PlatformCustomers.TryGetValue(link.Key, out var customer) || customer != link.Value);
    }

    /// <summary>The token stays out of logs.</summary>
    public override string ToString() => $"PortalSignIn(User = {UserId})";

    private static FrozenDictionary<string, long> LinksOf(IReadOnlyList<Tenant> tenants)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        return tenants
            .Where(tenant => tenant.PlatformCustomerId is > 0)
            .DistinctBy(tenant => tenant.Id.Value)
            .Take(MaxPlatformCustomers)
            .ToFrozenDictionary(tenant => tenant.Id.Value, tenant => tenant.PlatformCustomerId!.Value, StringComparer.Ordinal);
    }
}
