namespace Portal.Demo.Backend.Data;

/// <summary>
/// The demo logins' own accounts: profiles that differ from the Platform's defaults, and GDPR records. Dana has one
/// data-export request in each state (pending, processing, completed, failed); Marco one completed; Sam none yet.
/// </summary>
internal static class DemoAccountSeeder
{
    private const string Dana = "usr-dana-whitfield";
    private const string Marco = "usr-marco-alvarez";
    private const string Sam = "usr-sam-okafor";

    /// <summary>
    /// Dana's profile has a blank time zone, as an account made before the preference existed has: Portal then shows her
    /// times in the browser's zone. Sam's states no language and no marketing-e-mail preference (the keys are left out),
    /// so Portal offers both as not stated. Everyone else gets the Platform's defaults (Europe/Bucharest) on first read.
    /// </summary>
    public static Dictionary<long, DemoProfile> Profiles(IReadOnlyList<DemoUser> users) =>
        users.Where(user => user.Id is Dana or Sam).ToDictionary(user => user.PlatformUserId, user => user.Id == Dana
            ? new DemoProfile(user.FirstName, user.LastName, "+40 721 555 010", Timezone: string.Empty)
            : new DemoProfile(user.FirstName, user.LastName, string.Empty, PreferredLanguage: null, MarketingEmails: null));

    public static Dictionary<long, DemoPrivacy> Privacy(IReadOnlyList<DemoUser> users, DateTimeOffset anchor) =>
        users.Where(user => user.MayUseCustomerPortal).ToDictionary(user => user.PlatformUserId, user => new DemoPrivacy(
            Consents(user, anchor),
            [
                new DemoCookieConsent(IdFor(user, 1), "customized", true, true, false, false, "2.1", user.JoinedAt.AddDays(2), user.JoinedAt.AddDays(40)),
                new DemoCookieConsent(IdFor(user, 2), "accepted_essential", true, false, false, false, "2.0", user.JoinedAt.AddHours(1), user.JoinedAt.AddHours(1)),
            ],
            Exports(user, anchor)));

    private static List<DemoConsent> Consents(DemoUser user, DateTimeOffset anchor) =>
    [
        new(anchor.AddDays(-12).AddHours(10), "Marketing consent withdrawn", "withdrawn"),
        new(user.JoinedAt.AddDays(30), "Marketing consent granted", "granted"),
        new(user.JoinedAt.AddMinutes(5), "Privacy policy accepted (version 3)", "granted"),
        new(user.JoinedAt, "Terms of service accepted", "granted"),
    ];

    private static List<DemoDataExport> Exports(DemoUser user, DateTimeOffset anchor) => user.Id switch
    {
        Dana =>
        [
            new(IdFor(user, 10), "pending", anchor.AddHours(-2), null, null, null),
            new(IdFor(user, 11), "processing", anchor.AddDays(-1).AddHours(9), null, null, null),
            new(IdFor(user, 12), "completed", anchor.AddDays(-3).AddHours(14), anchor.AddDays(-3).AddHours(14.2), 48_213, 312),
            new(IdFor(user, 13), "failed", anchor.AddDays(-20).AddHours(8), null, null, null),
        ],
        Marco => [new(IdFor(user, 10), "completed", anchor.AddDays(-5).AddHours(11), anchor.AddDays(-5).AddHours(11.1), 12_004, 87)],
        _ => [],
    };

    /// <summary>Stable ids, so the same seed gives the same world.</summary>
    private static Guid IdFor(DemoUser user, int sequence) =>
        new($"{user.PlatformUserId:x8}-0000-4000-8000-{sequence:x12}");
}
