namespace Portal.Demo.Backend.Data;

/// <summary>
/// Builds the demo's world from a fixed seed and a calendar day: the same two inputs always give the same data, and dates
/// fall around <c>today</c> so the data looks current.
/// </summary>
internal static class DemoSeeder
{
    public const int DefaultSeed = 20_261_122;

    public static DemoWorld Create(DateOnly today, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var anchor = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var tenants = DemoCatalog.Tenants(anchor);
        var users = DemoCatalog.Users(anchor);
        var practices = new PracticeSeeder(random, today, anchor);
        practices.Seed(tenants);
        var platform = new PlatformSeeder(random, anchor, users);
        platform.Seed(tenants);
        var encounters = EncounterSeeder.Seed(new Random(seed + 2), tenants, practices.Patients, practices.Claims, anchor);

        return new DemoWorld
        {
            Today = today,
            Tenants = tenants,
            // The team members join after the Platform is seeded, so its tickets' contacts stay the logins.
            Users = [.. users, .. DemoCatalog.TeamMembers(anchor)],
            Patients = practices.Patients,
            Policies = practices.Policies,
            Claims = practices.Claims,
            Encounters = encounters,
            Activities = practices.Activities,
            Alerts = practices.Alerts,
            Invoices = platform.Invoices,
            Proformas = platform.Proformas,
            Services = platform.Services,
            Tickets = platform.Tickets,
            NextPatientSequence = practices.Patients.Count + 1,
            NextActivitySequence = practices.Activities.Values.Sum(list => list.Count) + 1,
            NextEncounterSequence = encounters.Count + 1,
            NextTicketId = platform.Tickets.Max(ticket => ticket.Id) + 1,
            NextCommentId = platform.Tickets.SelectMany(ticket => ticket.Comments).Select(comment => comment.Id).DefaultIfEmpty(0).Max() + 1,
            Profiles = DemoAccountSeeder.Profiles(users),
            Privacy = DemoAccountSeeder.Privacy(users, anchor),
        };
    }
}
