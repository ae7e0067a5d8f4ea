using System.Globalization;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

/// <summary>
/// The production defaults in real time: load workers keep loading dashboard pages from a real Kestrel Platform on
/// loopback while it hangs or is killed, and then recovers. The test waits on the circuits' transitions (their log
/// lines), asserts their order and what the pages saw, and prints the measured times instead of asserting them, because
/// a busy machine stretches real time; <see cref="BreakerDefaultsTests"/> asserts the bounds on a manual clock.
/// </summary>
public sealed class OutageUnderLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Workers = 12;
    private const int CircuitOpened = 4102;
    private const int CircuitClosed = 4103;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);
    private static readonly int[] RepeatingLines = [4101, 4104, 4105, 4107];

    private readonly DashboardPlatform dashboard = new();
    private readonly Observations<PageResult> pages = new();
    private FakePlatform platform = null!;
    private PlatformHarness portal = null!;

    public async Task InitializeAsync()
    {
        platform = await FakePlatform.StartAsync();
        dashboard.ServeOn(platform);
        portal = PlatformHarness.CreateWithDefaults(platform);
    }

    public async Task DisposeAsync()
    {
        dashboard.Resume();
        await portal.DisposeAsync();
        await platform.DisposeAsync();
    }

    [Fact]
    public Task A_hung_platform_is_switched_off_and_pages_are_full_again_after_it_recovers() =>
        RunOutageAsync(
            "hung",
            () =>
            {
                dashboard.Hang();
                return Task.CompletedTask;
            },
            () =>
            {
                dashboard.Resume();
                return Task.CompletedTask;
            });

    [Fact]
    public Task A_killed_platform_is_switched_off_and_pages_are_full_again_after_it_restarts() =>
        RunOutageAsync(
            "killed",
            () => platform.DisposeAsync().AsTask(),
            async () =>
            {
                platform = await FakePlatform.StartAsync(platform.Port);
                dashboard.ServeOn(platform);
            });

    private async Task RunOutageAsync(string fault, Func<Task> breakPlatform, Func<Task> recoverPlatform)
    {
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, Workers).Select(worker => WorkAsync(worker, stop.Token)).ToArray();
        await pages.WaitForAsync(seen => seen.Count(page => page.Full) >= 2 * Workers).WaitAsync(Guard);

        var faultAt = DateTimeOffset.UtcNow;
        await breakPlatform();
        var opened = await EveryAreaAsync(CircuitOpened, faultAt);
        var allOpenAt = opened.Max(line => line.At);
        await pages.WaitForAsync(seen => seen.Count(page => page.Started > allOpenAt) >= 2 * Workers).WaitAsync(Guard);

        var recoveredAt = DateTimeOffset.UtcNow;
        await recoverPlatform();
        var closed = await EveryAreaAsync(CircuitClosed, recoveredAt);
        var allClosedAt = closed.Max(line => line.At);
        await pages.WaitForAsync(seen => seen.Count(page => page.Started > allClosedAt) >= 2 * Workers).WaitAsync(Guard);
        await stop.CancelAsync();
        await Task.WhenAll(workers).WaitAsync(Guard);
        var endAt = DateTimeOffset.UtcNow;

        var seen = pages.Items;
        var beforeOpen = seen.Where(page => page.Started >= faultAt && page.Started < allOpenAt).ToList();
        var whileOpen = seen.Where(page => page.Started > allOpenAt && page.Ended < recoveredAt).ToList();
        var afterClose = seen.Where(page => page.Started > allClosedAt).ToList();
        var firstFull = seen.Where(page => page.Full && page.Started >= recoveredAt).MinBy(page => page.Ended)!;
        var outageLines = portal.Log.Entries.Where(e => e.At >= faultAt && e.Category.StartsWith("Portal.", StringComparison.Ordinal)).ToList();

        output.WriteLine($"{fault} Platform, {Workers} workers loading a dashboard page (3 calls) every {Pace.TotalMilliseconds} ms at most");
        foreach (var line in opened)
        {
            output.WriteLine($"fault -> open: {Seconds(line.At - faultAt)} ({line.Message})");
        }

        foreach (var line in closed)
        {
            output.WriteLine($"recovery -> closed: {Seconds(line.At - recoveredAt)} ({line.Message})");
        }

        output.WriteLine($"recovery -> first full page: {Seconds(firstFull.Ended - recoveredAt)}");
        output.WriteLine($"pages between the fault and the last circuit opening: {beforeOpen.Count}, slowest {Seconds(beforeOpen.Select(p => p.Latency).DefaultIfEmpty().Max())}");
        output.WriteLine($"pages while open: {whileOpen.Count}, median {Seconds(Median(whileOpen))}, slowest {Seconds(whileOpen.Select(p => p.Latency).DefaultIfEmpty().Max())}");
        output.WriteLine($"requests the Platform held at once: {dashboard.PeakHolding}");
        output.WriteLine($"adapter log from the fault on: {outageLines.Count} lines, {outageLines.Sum(e => e.Message.Length + (e.Exception?.ToString().Length ?? 0))} characters");

        Assert.All(opened, line => Assert.True(line.At < recoveredAt, "a circuit opened only after the Platform recovered"));
        Assert.All(closed, line => Assert.True(line.At > allOpenAt));
        Assert.NotEmpty(whileOpen);
        Assert.All(whileOpen, page => Assert.False(page.Full, "a page was full while the Platform was down"));
        Assert.Contains(whileOpen, page => page.Outcomes.All(o => o?.Contains("switched off", StringComparison.Ordinal) == true));
        Assert.All(afterClose, page => Assert.True(page.Full, string.Join("; ", page.Outcomes)));

        // Lines that could repeat per request: at most one per kind, area and interval (30 s by default).
        var intervals = 1 + (int)((endAt - faultAt) / TimeSpan.FromSeconds(30));
        Assert.All(
            outageLines.Where(e => RepeatingLines.Contains(e.EventId)).GroupBy(e => (e.EventId, Area: e.Message.Split(' ', 3)[1])),
            kind => Assert.InRange(kind.Count(), 1, intervals));
    }

    private async Task WorkAsync(int worker, CancellationToken stop)
    {
        using var pace = new PeriodicTimer(Pace);
        for (var page = 0; !stop.IsCancellationRequested; page++)
        {
            var started = DateTimeOffset.UtcNow;
            var outcomes = await DashboardPage.Load(portal, string.Create(CultureInfo.InvariantCulture, $"w{worker}-{page}")).OutcomesAsync();
            pages.Add(new PageResult(started, DateTimeOffset.UtcNow, outcomes));
            try
            {
                await pace.WaitForNextTickAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<CapturedEntry[]> EveryAreaAsync(int eventId, DateTimeOffset since) =>
        await Task.WhenAll(DashboardPlatform.Summaries.Select(area => portal.Log.WaitForAsync(e =>
                e.EventId == eventId && e.At >= since && e.Message.StartsWith($"Platform {area.Area}:", StringComparison.Ordinal))))
            .WaitAsync(Guard);

    private static TimeSpan Median(IReadOnlyList<PageResult> results) =>
        results.Count == 0 ? TimeSpan.Zero : results.Select(p => p.Latency).Order().ElementAt(results.Count / 2);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture);
}
