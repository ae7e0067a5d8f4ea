using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Adapters.Http.Platform;
using Xunit.Abstractions;

namespace Portal.Adapters.Http.IntegrationTests.Resilience;

/// <summary>
/// The production defaults against a hung Platform under load, on a manual clock: rounds of dashboard pages (billing,
/// services and tickets summaries at once) hit a real Kestrel Platform every half second of the adapter's time. Every
/// area's circuit must open within 5 s of the fault, and pages must be full again within 5 s of recovery, even when the
/// Platform recovers just after a failed probe has opened the circuits again.
/// </summary>
public sealed class BreakerDefaultsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PagesPerRound = 10;
    private const int CircuitOpened = 4102;
    private const int CircuitClosed = 4103;
    private const int MaxSteps = 100;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    /// <summary>Behind the real clock the fake Platform checks signatures with, which refuses one more than 2 s ahead.</summary>
    private readonly ManualTimeProvider clock = new(DateTimeOffset.UtcNow.AddSeconds(-120));
    private readonly DashboardPlatform dashboard = new();
    private readonly List<(DateTimeOffset StartedAt, Task<string?> Outcome)> held = [];
    private FakePlatform platform = null!;
    private PlatformHarness portal = null!;
    private DateTimeOffset start;
    private int rounds;

    public async Task InitializeAsync()
    {
        platform = await FakePlatform.StartAsync();
        dashboard.ServeOn(platform);
        portal = PlatformHarness.CreateWithDefaults(platform, clock);
        start = clock.GetUtcNow();
    }

    public async Task DisposeAsync()
    {
        dashboard.Resume();
        await portal.DisposeAsync();
        await platform.DisposeAsync();
    }

    [Fact]
    public async Task A_hung_platform_under_load_is_switched_off_within_5_s_and_pages_are_full_again_within_5_s_of_recovery()
    {
        var options = portal.Get<IOptions<PlatformApiOptions>>().Value;
        output.WriteLine(
            $"defaults: attempt {options.AttemptTimeout.TotalSeconds} s, sampling {options.BreakerSamplingDuration.TotalSeconds} s, " +
            $"minimum {options.BreakerMinimumCalls} calls, ratio {options.BreakerFailureRatio}, break {options.BreakDuration.TotalSeconds} s; " +
            $"{PagesPerRound} pages of 3 calls every {Step.TotalSeconds} s");

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(PagesPerRound, await RoundAsync());
            await StepAsync(options);
        }

        var faultAt = clock.GetUtcNow();
        dashboard.Hang();
        output.WriteLine($"{Seconds(faultAt)} Platform hangs");
        await RunUntilAsync(options, () => EveryArea(CircuitOpened, faultAt, times: 1));
        var opened = DashboardPlatform.Summaries.Select(area => Lines(CircuitOpened, area.Area, faultAt).First()).ToList();
        var heldWhenOpened = dashboard.PeakHolding;

        // Still hung: after the break each circuit lets one probe through, it times out, and the circuit opens again.
        await RunUntilAsync(options, () => EveryArea(CircuitOpened, faultAt, times: 2));
        var recoveredAt = clock.GetUtcNow();
        dashboard.Resume();
        output.WriteLine($"{Seconds(recoveredAt)} Platform answers again, just after the circuits opened again");
        while (await RoundAsync() < PagesPerRound)
        {
            await StepAsync(options);
            Assert.True(rounds < MaxSteps * 3, "pages never became full again");
        }

        var fullAt = clock.GetUtcNow();
        var closed = DashboardPlatform.Summaries.Select(area => Lines(CircuitClosed, area.Area, recoveredAt).First()).ToList();
        foreach (var line in opened)
        {
            output.WriteLine($"fault -> open: {(line.At - faultAt).TotalSeconds:0.0} s ({line.Message})");
        }

        foreach (var line in closed)
        {
            output.WriteLine($"recovery -> closed: {(line.At - recoveredAt).TotalSeconds:0.0} s ({line.Message})");
        }

        output.WriteLine($"recovery -> every page full: {(fullAt - recoveredAt).TotalSeconds:0.0} s");
        output.WriteLine($"requests the hung Platform held at once: {heldWhenOpened} when the circuits opened, {dashboard.PeakHolding} at most");

        Assert.All(opened, line => Assert.InRange(line.At - faultAt, TimeSpan.Zero, Bound));
        Assert.All(closed, line => Assert.InRange(line.At - recoveredAt, TimeSpan.Zero, Bound));
        Assert.InRange(fullAt - recoveredAt, TimeSpan.Zero, Bound);
    }

    /// <summary>
    /// Starts a round of pages and waits until each of their calls has either finished or is being held by the hung
    /// Platform; answers how many pages came back full.
    /// </summary>
    private async Task<int> RoundAsync()
    {
        var startedAt = clock.GetUtcNow();
        var round = rounds++;
        var pages = Enumerable.Range(0, PagesPerRound)
            .Select(page => DashboardPage.Load(portal, string.Create(CultureInfo.InvariantCulture, $"r{round}-p{page}")))
            .ToList();
        foreach (var page in pages)
        {
            foreach (var (path, outcome) in page.Calls)
            {
                await Task.WhenAny(outcome, dashboard.HeldAsync(path, page.User)).WaitAsync(Guard);
                if (!outcome.IsCompleted)
                {
                    held.Add((startedAt, outcome));
                }
            }
        }

        var outcomes = pages.SelectMany(page => page.Calls).Where(call => call.Outcome.IsCompleted).Select(call => call.Outcome.Result).ToList();
        var full = pages.Count(page => page.Calls.All(call => call.Outcome.IsCompleted && call.Outcome.Result is null));
        output.WriteLine(
            $"{Seconds(startedAt)} round {round}: {full} full pages, {outcomes.Count(o => o?.Contains("switched off", StringComparison.Ordinal) == true)} calls refused without trying, " +
            $"{pages.Count * 3 - outcomes.Count} calls held by the Platform");
        return full;
    }

    /// <summary>Moves the adapter's time on by one step and waits for the held calls whose attempt timed out by then.</summary>
    private async Task StepAsync(PlatformApiOptions options)
    {
        clock.Advance(Step);
        var due = held.Where(call => call.StartedAt + options.AttemptTimeout <= clock.GetUtcNow()).ToList();
        await Task.WhenAll(due.Select(call => call.Outcome)).WaitAsync(Guard);
        foreach (var call in due)
        {
            held.Remove(call);
        }

        if (due.Count > 0)
        {
            output.WriteLine($"{Seconds(clock.GetUtcNow())}   {due.Count(call => call.Outcome.Result?.Contains("timed out", StringComparison.Ordinal) == true)} held calls timed out");
        }
    }

    private async Task RunUntilAsync(PlatformApiOptions options, Func<bool> reached)
    {
        for (var steps = 0; !reached(); steps++)
        {
            Assert.True(steps < MaxSteps, "the circuits never did what the defaults promise");
            await RoundAsync();
            await StepAsync(options);
        }
    }

    private bool EveryArea(int eventId, DateTimeOffset since, int times) =>
        DashboardPlatform.Summaries.All(area => Lines(eventId, area.Area, since).Count >= times);

    private List<CapturedEntry> Lines(int eventId, string area, DateTimeOffset since) =>
        portal.Log.Entries
            .Where(e => e.EventId == eventId && e.At >= since && e.Message.StartsWith($"Platform {area}:", StringComparison.Ordinal))
            .ToList();

    private string Seconds(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"t={(at - start).TotalSeconds,5:0.0}s");
}
