using System.Globalization;

namespace Portal.Demo.Backend.Data;

/// <summary>Makes plausible patients of one practice; shared by the seed and the live "patient added" broadcasts.</summary>
internal static class PatientFactory
{
    public static DemoPatient Create(Random random, DemoTenant tenant, int sequence, DateOnly today, DateOnly registeredOn)
    {
        var female = random.Next(2) == 0;
        var firstName = random.Pick(female ? DemoCatalog.FemaleFirstNames : DemoCatalog.MaleFirstNames);
        var lastName = random.Pick(DemoCatalog.LastNames);
        var ageInDays = tenant.Specialty switch
        {
            "pediatrics" => random.Next(120, 17 * 365),
            "orthopedics" => random.Next(18 * 365, 86 * 365),
            _ => random.Next(2 * 365, 92 * 365),
        };
        var city = random.Pick(tenant.Cities);
        var mailbox = (firstName + "." + lastName).Replace("'", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return new DemoPatient(
            Id: string.Create(CultureInfo.InvariantCulture, $"pat-{sequence:D5}"),
            PatientNumber: string.Create(CultureInfo.InvariantCulture, $"P-{100_000 + sequence}"),
            TenantId: tenant.Id,
            FirstName: firstName,
            LastName: lastName,
            DateOfBirth: today.AddDays(-ageInDays),
            Gender: female ? "female" : "male",
            SsnLastFour: random.Next(1_000, 10_000).ToString(CultureInfo.InvariantCulture),
            // 555-0100 to 555-0199 are reserved for fiction.
            Phone: string.Create(CultureInfo.InvariantCulture, $"({city.AreaCode}) 555-01{random.Next(100):D2}"),
            Email: string.Create(CultureInfo.InvariantCulture, $"{mailbox}{random.Next(10, 100)}@{random.Pick(DemoCatalog.MailDomains)}"),
            Address: string.Create(CultureInfo.InvariantCulture, $"{random.Next(100, 9_900)} {random.Pick(DemoCatalog.Streets)}"),
            City: city.Name,
            State: city.State,
            ZipCode: city.ZipCode,
            RegisteredOn: registeredOn,
            Active: random.Chance(0.9));
    }
}
