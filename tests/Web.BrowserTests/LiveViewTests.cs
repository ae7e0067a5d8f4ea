using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// Live updates respect what the reader is looking at: a new or renamed patient is offered on every view of the list (the
/// service orders it, so Portal cannot know where the row belongs), a plain first page follows other changes and removals
/// of its patients and its count, a searched list offers the changes instead, the dashboard's counts move with the events (once
/// for a broadcast sent twice), and the stream's own news (interrupted, the server going away, a stream ready again
/// after a gap) is handled as it should be.
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class LiveViewTests(PortalStackFixture stack)
{
    private const string Tenant = "tnt-riverside";

    // Records every text the live-status region shows, from the start, so a test can tell what was never said.
    private const string StatusLogScript = """
        window.__statusLog = [];
        document.addEventListener('DOMContentLoaded', () => {
            const status = document.getElementById('live-status');
            if (!status) return;
            new MutationObserver(() => window.__statusLog.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
        });
        """;

    [Fact]
    public async Task A_new_patient_is_offered_on_the_plain_first_page_and_its_rows_and_count_stay_as_loaded()
    {
        var page = await OpenAsync("/t/" + Tenant + "/patients");
        try
        {
            var (rows, _, pages, before) = await PatientListNumbersAsync(page);
            var shown = await rows.Locator("> tr").AllTextContentsAsync();
            var name = await PublishNewPatientAsync();

            await Expect(page.Locator("#live-pending")).ToHaveTextAsync("1 patient new or changed — show");
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Patient list updated: " + name + " — show the list's changes to see it.");
            await Expect(rows.Locator("> tr")).ToHaveTextAsync([.. shown]);
            await ExpectPatientListNumbersAsync(page, before, pages);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Removals_that_empty_the_last_page_lower_the_page_numbers_and_keep_the_pager()
    {
        var page = await OpenAsync("/t/" + Tenant + "/patients");
        try
        {
            var (_, size, pages, before) = await PatientListNumbersAsync(page);
            Assert.True(pages > 2, "The demo practice's patients fill more than two pages, so one page fewer keeps the pager.");

            // Down to exactly one page fewer.
            var removed = before - (size * (pages - 1));
            for (var i = 0; i < removed; i++)
            {
                await PublishPatientAsync("deleted");
            }

            await ExpectPatientListNumbersAsync(page, before - removed, pages - 1);
            await Expect(page.Locator("#live-pending")).ToBeHiddenAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_removal_that_would_take_the_pager_away_is_offered_with_every_change_after_it()
    {
        var page = await OpenAsync("/t/" + Tenant + "/patients");
        try
        {
            var (_, size, _, before) = await PatientListNumbersAsync(page);
            Assert.True(before > size, "The demo practice's patients fill more than one page, so removals can take the pager away.");

            // Down to one patient more than a page holds, then one removal more: the list would fit on one page.
            for (var i = 0; i < before - size; i++)
            {
                await PublishPatientAsync("deleted");
            }

            var name = await PublishNewPatientAsync();

            await Expect(page.Locator("#live-pending")).ToHaveTextAsync("2 patients new or changed — show");
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Patient list updated: " + name + " — show the list's changes to see it.");
            await ExpectPatientListNumbersAsync(page, size + 1, 2);
            await Expect(page.Locator("#patient-rows")).Not.ToContainTextAsync(name);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_patient_renamed_on_the_plain_first_page_is_offered_and_its_row_kept_as_loaded()
    {
        var page = await OpenAsync("/t/" + Tenant + "/patients");
        try
        {
            var (rows, _, pages, before) = await PatientListNumbersAsync(page);
            var shown = await rows.Locator("> tr").AllTextContentsAsync();

            // The service orders the list (the demo by last name), so the new name may belong elsewhere in it.
            var name = await PublishPatientAsync("updated", await rows.Locator("> tr").First.GetAttributeAsync("data-patient-id"));

            await Expect(page.Locator("#live-pending")).ToHaveTextAsync("1 patient new or changed — show");
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Patient list updated: " + name + " — show the list's changes to see it.");
            await Expect(rows.Locator("> tr")).ToHaveTextAsync([.. shown]);
            await ExpectPatientListNumbersAsync(page, before, pages);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_removal_from_a_full_first_page_is_offered_as_the_next_pages_first_row_would_fill_its_place()
    {
        var page = await OpenAsync("/t/" + Tenant + "/patients");
        try
        {
            var (rows, size, pages, before) = await PatientListNumbersAsync(page);
            Assert.True(pages > 2, "The demo practice's patients fill more than two pages, so one removal keeps the pager.");
            var shown = rows.Locator("> tr").First;
            var id = await shown.GetAttributeAsync("data-patient-id");
            var shownName = await shown.Locator("a").TextContentAsync();

            var name = await PublishPatientAsync("deleted", id);

            await Expect(page.Locator("#live-pending")).ToHaveTextAsync("1 patient new or changed — show");
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Patient removed: " + name + " — show the list's changes to see it.");
            await Expect(rows.Locator("> tr")).ToHaveCountAsync(size);
            await Expect(rows.Locator("> tr").First).ToContainTextAsync(shownName!);
            await ExpectPatientListNumbersAsync(page, before, pages);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("updated", 0)]
    [InlineData("deleted", -1)]
    public async Task A_patient_on_another_page_changed_or_removed_adds_no_row_and_counts_as_the_practice_does(string type, int countMoves)
    {
        var page = await OpenAsync("/t/" + Tenant + "/patients");
        try
        {
            var before = int.Parse((await page.Locator("#list-count").GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);
            var changed = await PublishPatientAsync(type);

            // Events arrive in order: once the change to the first row is shown, the change before it has been handled.
            var marker = await PublishChangeKeepingNameAsync(page.Locator("#patient-rows > tr").First);

            await Expect(page.Locator("#patient-rows > tr").First).ToContainTextAsync(marker);
            await Expect(page.Locator("#list-count")).ToHaveTextAsync((before + countMoves).ToString("N0", CultureInfo.InvariantCulture) + " patients");
            await Expect(page.Locator("#patient-rows")).Not.ToContainTextAsync(changed);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_searched_list_offers_the_change_instead_of_inserting_a_row()
    {
        var page = await OpenAsync("/t/" + Tenant + "/patients?search=Adams");
        try
        {
            var rows = await page.Locator("#patient-rows > tr").CountAsync();
            var count = await page.Locator("#list-count").TextContentAsync();
            var name = await PublishNewPatientAsync();

            var pending = page.Locator("#live-pending");
            await Expect(pending).ToHaveTextAsync("1 patient new or changed — show");
            await Expect(page.Locator("#patient-rows > tr")).ToHaveCountAsync(rows);
            await Expect(page.Locator("#patient-rows")).Not.ToContainTextAsync(name);
            await Expect(page.Locator("#list-count")).ToHaveTextAsync(count!);

            await pending.GetByRole(AriaRole.Link, new() { Name = "show" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("search=Adams"));
            await Expect(page.Locator("#live-pending")).ToBeHiddenAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_dashboards_patient_count_moves_with_a_new_patient()
    {
        var page = await OpenAsync("/t/" + Tenant);
        try
        {
            var total = page.Locator("[data-live-stat=\"patients-total\"]");
            var before = int.Parse((await total.TextContentAsync())!.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

            await PublishNewPatientAsync();

            await Expect(total).ToHaveTextAsync((before + 1).ToString("N0", CultureInfo.InvariantCulture));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_patient_broadcast_twice_moves_the_dashboards_count_once()
    {
        var page = await OpenAsync("/t/" + Tenant);
        try
        {
            var total = page.Locator("[data-live-stat=\"patients-total\"]");
            var before = int.Parse((await total.TextContentAsync())!.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

            // Two replicas of the patients service (no queue group) each send the same change.
            var removed = PatientBroadcast("deleted", "pat-twice-" + Guid.NewGuid().ToString("N")[..6]);
            await PublishAsync(removed.Bytes);
            await PublishAsync(removed.Bytes);
            await AwaitHandledAsync(page);
            var afterRemoval = await total.TextContentAsync();
            var added = PatientBroadcast("created", null);
            await PublishAsync(added.Bytes);
            await PublishAsync(added.Bytes);
            await AwaitHandledAsync(page);

            Assert.Equal((before - 1).ToString("N0", CultureInfo.InvariantCulture), afterRemoval);
            await Expect(total).ToHaveTextAsync(before.ToString("N0", CultureInfo.InvariantCulture));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_patient_broadcast_twice_moves_the_lists_count_and_its_note_once()
    {
        var page = await OpenAsync("/t/" + Tenant + "/patients");
        try
        {
            var (_, _, pages, before) = await PatientListNumbersAsync(page);
            Assert.True(before % await IntAttributeAsync(page.Locator("#patient-rows"), "data-page-size") != 1, "One removal keeps the demo practice's page count.");
            var removed = PatientBroadcast("deleted", "pat-twice-" + Guid.NewGuid().ToString("N")[..6]);
            await PublishAsync(removed.Bytes);
            await PublishAsync(removed.Bytes);
            await AwaitHandledAsync(page);
            await ExpectPatientListNumbersAsync(page, before - 1, pages);

            var added = PatientBroadcast("created", null);
            await PublishAsync(added.Bytes);
            await PublishAsync(added.Bytes);
            await AwaitHandledAsync(page);

            // The new patient once, and the change awaited after it (the page offers every change once it offered one).
            await Expect(page.Locator("#live-pending")).ToHaveTextAsync("2 patients new or changed — show");
            await ExpectPatientListNumbersAsync(page, before - 1, pages);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_change_broadcast_twice_counts_once_in_the_note_and_a_different_change_of_the_patient_again()
    {
        var page = await OpenAsync("/t/" + Tenant + "/patients?search=Adams");
        try
        {
            var id = "pat-twice-" + Guid.NewGuid().ToString("N")[..6];
            var changed = PatientBroadcast("updated", id);
            await PublishAsync(changed.Bytes);
            await PublishAsync(changed.Bytes);
            var changedAgain = await PublishPatientAsync("updated", id);

            // Events arrive in order: once the last change is announced, the ones before it have been handled.
            await Expect(page.Locator("#live-status")).ToContainTextAsync(changedAgain);
            await Expect(page.Locator("#live-pending")).ToHaveTextAsync("2 patients new or changed — show");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Live_activity_is_in_the_browsers_time_zone_like_the_rows_the_server_rendered()
    {
        var page = await OpenAsync("/t/" + Tenant, "Asia/Tokyo");
        try
        {
            var description = "Recall letters printed " + Guid.NewGuid().ToString("N")[..8];
            await PublishActivityAsync(description);

            var added = page.Locator("#recent-activity > li").Filter(new() { HasText = description }).Locator("time[datetime$='Z']");
            await Expect(added).ToHaveTextAsync(new Regex("GMT\\+9$"));
            await Expect(added).ToHaveAttributeAsync("title", new Regex("UTC$"));
            await Expect(added).ToHaveAttributeAsync("data-local", "datetime-done");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_live_patients_date_of_birth_stays_a_date_in_any_time_zone()
    {
        // West of UTC a date read as a local midnight would move to the day before.
        var page = await OpenAsync("/t/" + Tenant + "/patients", "America/Los_Angeles");
        try
        {
            var email = await PublishChangeKeepingNameAsync(page.Locator("#patient-rows > tr").First);

            var born = page.Locator("#patient-rows > tr").Filter(new() { HasText = email }).Locator("time[datetime='1990-04-12']");
            await Expect(born).ToHaveTextAsync("Apr 12, 1990");
            await Expect(born).ToHaveAttributeAsync("data-local", "date-done");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_interrupted_subscription_says_updates_may_be_missing_with_a_refresh_link()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = await stack.DanaStorageStateAsync() });
        try
        {
            await ServeStreamOnceAsync(page, "retry: 60000\n\nevent: ready\ndata: {}\n\nevent: interrupted\ndata: {}\n\n");
            await page.GotoAsync("/t/" + Tenant);

            var status = page.Locator("#live-status");
            await Expect(status).ToHaveTextAsync("Live updates were interrupted — refresh to catch up. Refresh");
            await Expect(status).ToBeInViewportAsync();
            await Expect(status).ToHaveAttributeAsync("aria-live", "polite");
            await status.GetByRole(AriaRole.Link, new() { Name = "Refresh" }).ClickAsync();
            await Expect(status).ToHaveTextAsync("Live updates are on.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_stream_opened_after_the_sign_in_ended_elsewhere_says_so()
    {
        // A sign-in of its own: ending it must not end the one the other tests share.
        var signedIn = await SignIn.StorageStateAsync(stack, SignIn.DanaEmail, SignIn.DanaPassword);
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = signedIn });
        var elsewhere = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = signedIn });
        try
        {
            // The page is shown while the sign-in is good; its stream's request is held until the same sign-in has been
            // signed out in another browser, then goes to Portal, which answers it from the identity service's verdict.
            var streamRequested = new TaskCompletionSource<IRoute>(TaskCreationOptions.RunContinuationsAsynchronously);
            await page.RouteAsync("**/t/" + Tenant + "/events", route => streamRequested.TrySetResult(route), new() { Times = 1 });
            await page.GotoAsync("/t/" + Tenant);
            var stream = await streamRequested.Task.WaitAsync(TimeSpan.FromSeconds(15));

            await elsewhere.GotoAsync("/tenants");
            await elsewhere.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Expect(elsewhere.Locator("main .notice")).ToHaveTextAsync("You have signed out.");
            await stream.ContinueAsync();

            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Your sign-in has ended; live updates stopped. Reload the page to sign in again.");
        }
        finally
        {
            await elsewhere.Context.CloseAsync();
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_stream_ended_for_lost_access_says_why()
    {
        // Served by the test: Portal sends no-access only from an open stream's re-verification (every minute in this
        // stack), and taking the reader's access away would change the demo practice every other test reads.
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = await stack.DanaStorageStateAsync() });
        try
        {
            await ServeStreamOnceAsync(page, "retry: 60000\n\nevent: ready\ndata: {}\n\nevent: no-access\ndata: {}\n\n");
            await page.GotoAsync("/t/" + Tenant);

            await Expect(page.Locator("#live-status")).ToHaveTextAsync("You no longer have access to this practice; live updates stopped.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_interruption_stays_said_after_a_refused_reconnect_and_the_stream_coming_back()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = await stack.DanaStorageStateAsync() });
        try
        {
            await page.AddInitScriptAsync(StatusLogScript);

            // The last route added is asked first: an interrupted stream that ends, then one refusal, then the real stream.
            await page.RouteAsync("**/t/" + Tenant + "/events", route => route.FulfillAsync(new() { Status = 503 }), new() { Times = 1 });
            await ServeStreamOnceAsync(page, "retry: 100\n\nevent: ready\ndata: {}\n\nevent: interrupted\ndata: {}\n\n");
            await page.GotoAsync("/t/" + Tenant);

            await page.WaitForFunctionAsync("() => window.__statusLog.some(text => text.startsWith('Live updates are off for now'))");
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates were interrupted — refresh to catch up. Refresh");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_server_going_away_is_reconnected_to_without_an_error()
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = await stack.DanaStorageStateAsync() });
        try
        {
            var streams = 0;
            page.Request += (_, request) =>
            {
                if (request.Url.EndsWith("/t/" + Tenant + "/events", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref streams);
                }
            };
            await page.AddInitScriptAsync(StatusLogScript);
            // A long retry: only live.js's own reopening can bring the stream back before the assertion gives up.
            await ServeStreamOnceAsync(page, "retry: 60000\n\nevent: ready\ndata: {}\n\nevent: reconnect\ndata: {}\n\n");
            await page.GotoAsync("/t/" + Tenant);

            // "ready" twice: once on the stream that went away, once on the one live.js opened in its place, which was
            // not sent what was broadcast in between.
            await page.WaitForFunctionAsync("() => window.__statusLog.some(text => text.startsWith('Live updates were interrupted'))");
            var description = "Recall letters printed " + Guid.NewGuid().ToString("N")[..8];
            await PublishActivityAsync(description);
            await Expect(page.Locator("#recent-activity > li").Filter(new() { HasText = description })).ToHaveCountAsync(1);

            Assert.Equal(2, Volatile.Read(ref streams));
            var said = await page.EvaluateAsync<string[]>("() => window.__statusLog");
            Assert.Equal("Live updates are on.", said[0]);
            Assert.DoesNotContain(said, text => text.Contains("reconnecting", StringComparison.Ordinal) || text.Contains("off", StringComparison.Ordinal));
            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates were interrupted — refresh to catch up. Refresh");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// A first stream that ends, before or after its ready: EventSource opens the next one itself, at Portal, which says
    /// ready. What was broadcast in between was not sent, so the page says so, whether it had said live updates were on.
    /// </summary>
    [Theory]
    [InlineData("retry: 100\n\nevent: ready\ndata: {}\n\n", true)]
    [InlineData("retry: 100\n\n", false)]
    public async Task A_stream_ready_after_a_gap_says_updates_may_be_missing(string firstStream, bool readyBeforeTheGap)
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions { StorageState = await stack.DanaStorageStateAsync() });
        try
        {
            await page.AddInitScriptAsync(StatusLogScript);

            await ServeStreamOnceAsync(page, firstStream);
            await page.GotoAsync("/t/" + Tenant);

            await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates were interrupted — refresh to catch up. Refresh");
            var said = await page.EvaluateAsync<string[]>("() => window.__statusLog");
            Assert.Equal(readyBeforeTheGap, said.Contains("Live updates are on."));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<int> IntAttributeAsync(ILocator element, string name) =>
        int.Parse((await element.GetAttributeAsync(name))!, CultureInfo.InvariantCulture);

    /// <summary>The patient list's rows, page size, pages and count as the server rendered them.</summary>
    private static async Task<(ILocator Rows, int Size, int Pages, int Count)> PatientListNumbersAsync(IPage page)
    {
        var rows = page.Locator("#patient-rows");
        return (
            rows,
            await IntAttributeAsync(rows, "data-page-size"),
            await IntAttributeAsync(rows, "data-total-pages"),
            await IntAttributeAsync(page.Locator("#list-count"), "data-count"));
    }

    /// <summary>The patient list's count line, its caption and its pager say <paramref name="count"/> patients on <paramref name="pages"/> pages.</summary>
    private static async Task ExpectPatientListNumbersAsync(IPage page, int count, int pages)
    {
        await Expect(page.Locator("#list-count")).ToHaveTextAsync(count.ToString("N0", CultureInfo.InvariantCulture) + " patients");
        await Expect(page.Locator("#patients-caption")).ToHaveTextAsync($"Patients, page 1 of {pages}");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToContainTextAsync($"Page 1 of {pages}");
    }

    /// <summary>The page's next request for its stream is answered with <paramref name="body"/>, then the stream ends.</summary>
    private static Task ServeStreamOnceAsync(IPage page, string body) =>
        page.RouteAsync(
            "**/t/" + Tenant + "/events",
            route => route.FulfillAsync(new() { Status = 200, ContentType = "text/event-stream", Body = body }),
            new() { Times = 1 });

    private async Task<IPage> OpenAsync(string path, string? timezoneId = null)
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions
        {
            StorageState = await stack.DanaStorageStateAsync(),
            TimezoneId = timezoneId,
            Locale = "en-US",
        });
        await page.GotoAsync(path);
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live updates are on.");
        return page;
    }

    /// <summary>Publishes a "created" patients broadcast for a patient only the broadcast knows, and returns the name.</summary>
    private Task<string> PublishNewPatientAsync() => PublishPatientAsync("created");

    /// <summary>
    /// Publishes a patients broadcast of <paramref name="type"/> for the patient <paramref name="id"/>, or one only the
    /// broadcast knows, and returns the name it gives.
    /// </summary>
    private async Task<string> PublishPatientAsync(string type, string? id = null)
    {
        var (bytes, name, _) = PatientBroadcast(type, id);
        await PublishAsync(bytes);
        return name;
    }

    /// <summary>
    /// Publishes a change to the patient of the shown <paramref name="row"/> that keeps the name it shows, so the row keeps
    /// its place in the service's order, and returns the email the change gives, which no other patient has.
    /// </summary>
    private async Task<string> PublishChangeKeepingNameAsync(ILocator row)
    {
        var (bytes, _, email) = PatientBroadcast("updated", await row.GetAttributeAsync("data-patient-id"), await row.Locator("a").TextContentAsync());
        await PublishAsync(bytes);
        return email;
    }

    private async Task PublishAsync(byte[] patientBroadcast) =>
        await stack.Bus.PublishAsync("customer.broadcast.patients." + Tenant, patientBroadcast, CancellationToken.None);

    /// <summary>
    /// Until the page has handled every broadcast published before: a change to a patient nobody shows, which the page
    /// announces last, as events arrive in order.
    /// </summary>
    private async Task AwaitHandledAsync(IPage page)
    {
        var marker = await PublishPatientAsync("updated", "pat-marker-" + Guid.NewGuid().ToString("N")[..6]);
        await Expect(page.Locator("#live-status")).ToContainTextAsync(marker);
    }

    /// <summary>
    /// A patients broadcast of <paramref name="type"/> for the patient <paramref name="id"/>, or one only the broadcast
    /// knows, named <paramref name="name"/> or a name of its own, and the name and email it gives.
    /// </summary>
    private static (byte[] Bytes, string Name, string Email) PatientBroadcast(string type, string? id, string? name = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var fullName = name ?? "Zelda Quist" + suffix;
        var firstSpace = fullName.IndexOf(' ', StringComparison.Ordinal);
        var email = "zelda." + suffix + "@example.com";
        var broadcast = new
        {
            type,
            tenantId = Tenant,
            timestamp = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            patient = new
            {
                id = id ?? "pat-live-" + suffix,
                patientId = "P-9" + suffix[..5],
                firstName = firstSpace < 0 ? fullName : fullName[..firstSpace],
                lastName = firstSpace < 0 ? string.Empty : fullName[(firstSpace + 1)..],
                dateOfBirth = "1990-04-12",
                gender = "female",
                phone = "(503) 555-0199",
                email,
                insuranceCount = 0,
                tenantId = Tenant,
            },
        };
        return (JsonSerializer.SerializeToUtf8Bytes(broadcast), fullName, email);
    }

    private async Task PublishActivityAsync(string description)
    {
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var broadcast = new
        {
            type = "activity",
            data = new { id = "act-browser-test", type = "appointment_completed", description, timestamp = now, user = "Dr. Test Publisher" },
            timestamp = now,
            tenantId = Tenant,
        };
        await stack.Bus.PublishAsync("customer.broadcast.dashboard." + Tenant, JsonSerializer.SerializeToUtf8Bytes(broadcast), CancellationToken.None);
    }
}
