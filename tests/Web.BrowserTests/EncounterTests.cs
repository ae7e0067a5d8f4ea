using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// A patient's visits and a visit's page follow the encounters service's broadcast
/// (<c>customer.broadcast.encounters.&lt;tenant&gt;</c>, <c>{action, encounter}</c>) without a reload. Needs the demo
/// backend to serve encounters, with at least one visit for the first patient of the practice's list.
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class EncounterTests(PortalStackFixture stack)
{
    private const string Tenant = "tnt-riverside";

    [Fact]
    public async Task A_recorded_visit_joins_the_patients_visits_and_an_updated_one_rewrites_its_page()
    {
        var page = await stack.NewPageAsync();
        try
        {
            var (rows, patientId) = await OpenFirstPatientAsync(page);
            var keptId = await rows.Locator("tr").First.GetAttributeAsync("data-encounter-id");
            Assert.NotNull(keptId);

            var provider = "Dr. Browser " + Guid.NewGuid().ToString("N")[..8];
            await PublishAsync("created", Encounter("enc-browser-" + Guid.NewGuid().ToString("N")[..8], patientId, provider, "in_progress", "I10"));

            var recorded = rows.Locator("tr").First;
            await Expect(recorded).ToContainTextAsync(provider);
            await Expect(recorded).ToContainTextAsync("In progress");
            await Expect(page.Locator("#live-status")).ToContainTextAsync("Visit recorded");

            await rows.Locator($"tr[data-encounter-id=\"{keptId}\"] a").ClickAsync();
            await Expect(page.Locator("#encounter")).ToHaveAttributeAsync("data-encounter-id", keptId);
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates are on.");
            var loaded = await page.EvaluateAsync<string>("() => { window.__loaded = crypto.randomUUID(); return window.__loaded; }");

            await PublishAsync("updated", Encounter(keptId, patientId, provider, "signed_off", "I10", "E11.9"));

            await Expect(page.Locator("[data-encounter-field=status]")).ToHaveTextAsync("Signed off");
            await Expect(page.Locator("[data-encounter-field=provider]")).ToHaveTextAsync(provider);
            await Expect(page.Locator("[data-encounter-list=diagnoses] li")).ToHaveTextAsync(["I10", "E11.9"]);
            await Expect(page.Locator("[data-encounter-vital=weight]")).ToHaveTextAsync("180 lbs");
            Assert.Equal(loaded, await page.EvaluateAsync<string>("() => window.__loaded")); // same document: no reload
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Recorded_visits_join_the_patients_visits_until_they_fill_the_page_then_are_offered_by_a_link_once_each()
    {
        var page = await stack.NewPageAsync();
        try
        {
            var (rows, patientId) = await OpenFirstPatientAsync(page);
            var cap = int.Parse((await rows.GetAttributeAsync("data-cap"))!, CultureInfo.InvariantCulture);
            var total = int.Parse((await rows.GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture);
            Assert.InRange(total, 0, cap - 1);

            for (var added = total; added < cap; added++)
            {
                await PublishAsync("created", Encounter("enc-fill-" + Guid.NewGuid().ToString("N")[..8], patientId, "Dr. Fill", "in_progress"));
            }

            await Expect(rows.Locator("tr")).ToHaveCountAsync(cap);
            var beyond = "Dr. Beyond " + Guid.NewGuid().ToString("N")[..8];
            var beyondId = "enc-beyond-" + Guid.NewGuid().ToString("N")[..8];
            // Two replicas of the encounters service (no queue group) each send the visit recorded, and then its change.
            var recorded = Encounter(beyondId, patientId, beyond, "in_progress");
            await PublishAsync("created", recorded);
            await PublishAsync("created", recorded);
            var changed = Encounter(beyondId, patientId, beyond, "signed_off");
            await PublishAsync("updated", changed);
            await PublishAsync("updated", changed);
            // Events arrive in order: once this visit is announced, the ones before it have been handled.
            var last = Encounter("enc-last-" + Guid.NewGuid().ToString("N")[..8], patientId, beyond, "in_progress");
            last["type"] = "lab_review";
            await PublishAsync("created", last);

            var pending = page.Locator("#encounters-pending");
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Visit recorded: Lab review — show the newest visits to see it.");
            await Expect(pending).ToHaveTextAsync("3 visits new or changed — show");
            await Expect(rows.Locator("tr")).ToHaveCountAsync(cap);
            await Expect(rows).Not.ToContainTextAsync(beyond);
            await Expect(pending.Locator("a")).ToHaveAttributeAsync("href", new Regex($"/t/{Tenant}/patients/{Regex.Escape(patientId)}\\?visitsPage=1#encounters-heading$"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_visit_recorded_with_an_older_date_goes_among_the_visits_by_its_date_not_on_top()
    {
        var page = await stack.NewPageAsync();
        try
        {
            var (rows, patientId) = await OpenFirstPatientAsync(page);
            var newest = await rows.Locator("tr").First.Locator("time").GetAttributeAsync("datetime");
            Assert.NotNull(newest);
            Assert.True(
                int.Parse((await rows.GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture) < int.Parse((await rows.GetAttributeAsync("data-cap"))!, CultureInfo.InvariantCulture),
                "Every visit of the demo's first patient fits on the section's one page, so a new one is shown.");

            // A day before the newest visit: the service lists it after that one.
            var date = DateTime.Parse(newest, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).AddDays(-1);
            var id = "enc-older-" + Guid.NewGuid().ToString("N")[..8];
            await PublishAsync("created", Encounter(id, patientId, "Dr. Older", "in_progress", date));
            await Expect(rows.Locator($"tr[data-encounter-id=\"{id}\"]")).ToHaveCountAsync(1);

            var order = await rows.Locator("tr").EvaluateAllAsync<string[]>(
                "rows => rows.map(row => (row.querySelector('time[datetime]') || { getAttribute: () => '' }).getAttribute('datetime'))");
            var ids = await rows.Locator("tr").EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.encounterId)");
            var at = Array.IndexOf(ids, id);
            Assert.True(at > 0, "The older visit went on top.");
            Assert.All(order[..at], earlier => Assert.True(string.CompareOrdinal(earlier, order[at]) >= 0, earlier + " is listed before " + order[at]));
            Assert.All(order[(at + 1)..], later => Assert.True(later.Length == 0 || string.CompareOrdinal(later, order[at]) < 0, later + " is listed after " + order[at]));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Dana's first patient's page with its live updates on: the visits' rows and the patient's id.</summary>
    private static async Task<(ILocator Rows, string PatientId)> OpenFirstPatientAsync(IPage page)
    {
        await SignIn.AsAsync(page, SignIn.DanaEmail, SignIn.DanaPassword);
        await page.GotoAsync($"/t/{Tenant}/patients");
        await page.Locator("#patient-rows a").First.ClickAsync();
        var rows = page.Locator("#encounter-rows");
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates are on.");
        var patientId = await rows.GetAttributeAsync("data-patient-id");
        Assert.NotNull(patientId);
        return (rows, patientId);
    }

    /// <summary>An encounter exactly as the encounters service sends it (zone-less timestamps included).</summary>
    private static Dictionary<string, object?> Encounter(string id, string patientId, string provider, string status, params string[] diagnoses) =>
        Encounter(id, patientId, provider, status, DateTime.UtcNow, diagnoses);

    /// <summary>An encounter exactly as the encounters service sends it, of the visit at <paramref name="date"/> (UTC).</summary>
    private static Dictionary<string, object?> Encounter(string id, string patientId, string provider, string status, DateTime date, params string[] diagnoses)
    {
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, object?>
        {
            ["id"] = id,
            ["tenantId"] = Tenant,
            ["patientId"] = patientId,
            ["date"] = date.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = "follow_up",
            ["provider"] = provider,
            ["chief_complaint"] = "Follow-up for hypertension",
            ["diagnoses"] = diagnoses,
            ["procedures"] = new[] { "99214" },
            ["vitals"] = new Dictionary<string, string> { ["blood_pressure"] = "145/90", ["temperature"] = "98.2", ["pulse"] = "78", ["weight"] = "180 lbs" },
            ["notes"] = "Adjusted medication dosage.",
            ["status"] = status,
            ["created_at"] = now,
            ["updated_at"] = now,
        };
    }

    private async Task PublishAsync(string action, object encounter) =>
        await stack.Bus.PublishAsync(
            "customer.broadcast.encounters." + Tenant,
            JsonSerializer.SerializeToUtf8Bytes(new { action, encounter }),
            CancellationToken.None);
}
