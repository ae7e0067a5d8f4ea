namespace Portal.Adapters.Http.Platform;

/// <summary>
/// One part of the Platform API with its own Refit client and its own circuit breaker, so that a broken billing
/// system does not switch off support tickets. <see cref="Name"/> is the area <see cref="Application.Common.Exceptions.BackendUnavailableException"/>
/// reports.
/// </summary>
internal sealed record PlatformArea
{
    private PlatformArea(string name) => Name = name;

    public static PlatformArea Billing { get; } = new("billing");

    public static PlatformArea Services { get; } = new("services");

    public static PlatformArea Support { get; } = new("support");

    public static PlatformArea Accounts { get; } = new("accounts");

    /// <summary>The signed-in user's own profile (<c>users/profile/</c>).</summary>
    public static PlatformArea Profile { get; } = new("profile");

    /// <summary>The user's consent history and data-export requests (<c>gdpr/*</c>).</summary>
    public static PlatformArea Privacy { get; } = new("privacy");

    public static PlatformArea Team { get; } = new("team");

    /// <summary>The customer's company record and addresses (<c>customers/details|update|tax-profile|addresses/*</c>).</summary>
    public static PlatformArea Company { get; } = new("company");

    public static IReadOnlyList<PlatformArea> All { get; } = [Billing, Services, Support, Accounts, Profile, Privacy, Company, Team];

    public string Name { get; }

    /// <summary>The name of the area's client in <c>IHttpClientFactory</c>.</summary>
    public string HttpClientName => "platform-" + Name;

    public override string ToString() => Name;
}
