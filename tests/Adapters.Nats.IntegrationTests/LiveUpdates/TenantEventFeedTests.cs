using Microsoft.Extensions.Logging;
using Portal.Adapters.Nats.IntegrationTests.Resilience;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.LiveUpdates;
using Portal.Adapters.Nats.Messaging;
using Portal.Application.Common.Exceptions;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.LiveUpdates;

/// <summary>The shared per-tenant subscription and its fan-out, over the fake bus.</summary>
public sealed class TenantEventFeedTests
{
    private static readonly TenantId TenantA = new(TestScope.TenantA);

    private readonly FakeMessageBus bus = new();
    private readonly NatsTenantEventFeed feed;

    public TenantEventFeedTests() => feed = new Adapter(bus).Feed;

    [Fact]
    public async Task Two_watchers_of_a_tenant_share_one_subscription_that_ends_when_both_leave()
    {
        await using var first = new Watcher(feed, TestScope.TenantA);
        await using var second = new Watcher(feed, TestScope.TenantA);

        Assert.Equal(1, feed.SubscriptionCount);
        Assert.Equal(2, feed.WatcherCount(TenantA));
        Assert.Equal(1, bus.ActiveSubscriptions);
        var pump = feed.PumpOf(TenantA)!;

        await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Broadcasts.Stats(TestScope.TenantA));
        Assert.Equal(TenantEventKind.Stats, (await first.NextAsync()).Kind);
        Assert.Equal(TenantEventKind.Stats, (await second.NextAsync()).Kind);

        await first.LeaveAsync();
        Assert.Equal(1, feed.SubscriptionCount);
        Assert.Equal(1, feed.WatcherCount(TenantA));
        Assert.False(pump.IsCompleted);

        await second.LeaveAsync();
        Assert.Equal(0, feed.SubscriptionCount);
        await pump.WaitAsync(Watcher.Guard);
        Assert.Equal(0, bus.ActiveSubscriptions);
    }

    [Fact]
    public async Task Watchers_of_a_subscription_that_lived_through_a_lost_connection_are_told_once_it_is_back()
    {
        await using var first = new Watcher(feed, TestScope.TenantA);
        await using var second = new Watcher(feed, TestScope.TenantA);
        await first.Live.WaitAsync(Watcher.Guard);
        await second.Live.WaitAsync(Watcher.Guard);

        bus.LoseConnection();
        Assert.True(first.IsIdle, "nothing is said while the subscription is not live yet");
        bus.RestoreConnection();

        foreach (var watcher in new[] { first, second })
        {
            var told = await watcher.NextAsync();
            Assert.Equal((TenantEventKind.Interrupted, TenantA), (told.Kind, told.TenantId));
        }

        bus.RestoreConnection();
        await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Broadcasts.Stats(TestScope.TenantA));
        Assert.Equal(TenantEventKind.Stats, (await first.NextAsync()).Kind);
    }

    [Fact]
    public async Task A_subscription_made_after_the_connection_came_back_is_not_told_of_the_earlier_outage()
    {
        await using var before = new Watcher(feed, TestScope.TenantA);
        await before.Live.WaitAsync(Watcher.Guard);
        bus.LoseConnection();
        bus.RestoreConnection();
        Assert.Equal(TenantEventKind.Interrupted, (await before.NextAsync()).Kind);

        await using var after = new Watcher(feed, TestScope.TenantB);
        await after.Live.WaitAsync(Watcher.Guard);
        bus.RestoreConnection();
        await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantB), Broadcasts.Stats(TestScope.TenantB));

        Assert.Equal(TenantEventKind.Stats, (await after.NextAsync()).Kind);
    }

    [Fact]
    public async Task Watching_while_the_connection_is_down_is_refused_at_once()
    {
        bus.LoseConnection();

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => feed.WatchAsync(TenantA, CancellationToken.None));

        Assert.Contains("not subscribed", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, feed.SubscriptionCount);
    }

    [Fact]
    public async Task A_watcher_is_told_its_subscription_is_live_only_once_the_bus_has_flushed_it()
    {
        var flushed = new TaskCompletionSource();
        bus.FlushGate = flushed.Task;
        await using var watcher = new Watcher(feed, TestScope.TenantA);

        Assert.Equal(1, bus.ActiveSubscriptions);
        Assert.False(watcher.Live.IsCompleted);

        flushed.SetResult();
        await watcher.Live.WaitAsync(Watcher.Guard);
    }

    [Fact]
    public async Task A_watcher_whose_subscription_cannot_be_confirmed_is_refused_and_leaves()
    {
        bus.FlushGate = Task.FromException(new NotConnectedException("NATS: not connected; cannot flush."));
        await using var watcher = new Watcher(feed, TestScope.TenantA);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => watcher.Live.WaitAsync(Watcher.Guard));

        Assert.Equal(NatsTenantEventFeed.Area, error.Area);
        Assert.Equal(0, feed.SubscriptionCount);
    }

    [Fact]
    public async Task A_watcher_sees_its_own_tenants_broadcasts_only()
    {
        await using var watcherOfA = new Watcher(feed, TestScope.TenantA);
        await using var watcherOfB = new Watcher(feed, TestScope.TenantB);
        Assert.Equal(2, bus.ActiveSubscriptions);

        await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantB), Broadcasts.Stats(TestScope.TenantB));
        await bus.PublishAsync(Broadcasts.PatientsSubject(TestScope.TenantA), Broadcasts.PatientChange(TestScope.TenantA, "created"));

        var seenByA = await watcherOfA.NextAsync();
        var seenByB = await watcherOfB.NextAsync();
        Assert.Equal((TenantEventKind.PatientCreated, TenantA), (seenByA.Kind, seenByA.TenantId));
        Assert.Equal((TenantEventKind.Stats, new TenantId(TestScope.TenantB)), (seenByB.Kind, seenByB.TenantId));
        Assert.True(watcherOfA.IsIdle);
        Assert.True(watcherOfB.IsIdle);
    }

    [Fact]
    public async Task Dashboard_broadcasts_become_typed_events()
    {
        await using var watcher = new Watcher(feed, TestScope.TenantA);
        var subject = Broadcasts.DashboardSubject(TestScope.TenantA);

        await bus.PublishAsync(subject, Broadcasts.Stats(TestScope.TenantA));
        await bus.PublishAsync(subject, Broadcasts.Activity(TestScope.TenantA, "act-1"));
        await bus.PublishAsync(subject, Broadcasts.Notice(TestScope.TenantA, "claim_update", "Claim CLM-42 was approved."));
        await bus.PublishAsync(subject, Broadcasts.Notice(TestScope.TenantA, "encounter_update"));
        await bus.PublishAsync(subject, Broadcasts.Notice(TestScope.TenantA, "patient_update"));

        var stats = await watcher.NextAsync();
        Assert.Equal(120, stats.Stats!.Patients.Total);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero), stats.Timestamp);
        var activity = await watcher.NextAsync();
        Assert.Equal("act-1", activity.Activity!.Id);
        var claim = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.ClaimUpdate, "Claim CLM-42 was approved."), (claim.Kind, claim.Summary));
        var encounter = await watcher.NextAsync();
        Assert.Equal(TenantEventKind.EncounterUpdate, encounter.Kind);
        Assert.Equal(Adapter.Now, encounter.Timestamp);
        Assert.False(string.IsNullOrWhiteSpace(encounter.Summary));
        Assert.Equal(TenantEventKind.PatientUpdate, (await watcher.NextAsync()).Kind);
    }

    [Fact]
    public async Task Dashboard_notices_as_the_public_service_sends_them_are_told_in_words()
    {
        await using var watcher = new Watcher(feed, TestScope.TenantA);
        var subject = Broadcasts.DashboardSubject(TestScope.TenantA);

        await bus.PublishAsync(subject, """{"type": "patient_update", "data": {"action": "new_patient", "count": 1, "patient_name": "Patient 4821"}, "timestamp": "2025-08-05T07:08:19.123456", "tenantId": "tenant-a"}""");
        await bus.PublishAsync(subject, """{"type": "claim_update", "data": {"action": "claim_approved", "claim_id": "CLM-7310", "amount": "$640"}, "timestamp": "2025-08-05T07:08:49.5", "tenantId": "tenant-a"}""");
        await bus.PublishAsync(subject, """{"type": "encounter_update", "data": {"action": "encounter_completed", "provider": "Dr. Smith"}, "tenantId": "tenant-a"}""");

        var patient = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.PatientUpdate, "New patient: Patient 4821."), (patient.Kind, patient.Summary));
        Assert.Equal(new DateTimeOffset(2025, 8, 5, 7, 8, 19, 123, TimeSpan.Zero).AddTicks(4560), patient.Timestamp);
        var claim = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.ClaimUpdate, "Claim approved: CLM-7310, $640."), (claim.Kind, claim.Summary));
        var encounter = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.EncounterUpdate, "Encounter completed: Dr. Smith."), (encounter.Kind, encounter.Summary));
    }

    [Theory]
    [InlineData("-640", "Claim reversed: CLM-7310, -640.")]
    [InlineData("\"-$640.00\"", "Claim reversed: CLM-7310, -$640.00.")]
    [InlineData("1e400", "Claim reversed: CLM-7310, 1e400.")]
    [InlineData("{\"value\": 640}", "Claim reversed: CLM-7310.")]
    [InlineData("null", "Claim reversed: CLM-7310.")]
    public async Task A_claim_notice_with_a_negative_or_odd_amount_is_told_with_the_amount_as_sent_or_without_it(string amount, string told)
    {
        await using var watcher = new Watcher(feed, TestScope.TenantA);

        await bus.PublishAsync(
            Broadcasts.DashboardSubject(TestScope.TenantA),
            $$"""{"type": "claim_update", "data": {"action": "claim_reversed", "claim_id": "CLM-7310", "amount": {{amount}}}, "tenantId": "tenant-a"}""");

        var notice = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.ClaimUpdate, told), (notice.Kind, notice.Summary));
    }

    [Fact]
    public async Task Encounter_broadcasts_carry_the_encounter_and_another_tenants_is_dropped()
    {
        await using var watcher = new Watcher(feed, TestScope.TenantA);
        var subject = "customer.broadcast.encounters." + TestScope.TenantA;
        var foreign = PublicEncounters.Checkup.Replace("tenant-a", "tenant-b", StringComparison.Ordinal);

        await bus.PublishAsync(subject, $$"""{"action": "created", "encounter": {{PublicEncounters.FollowUp}}}""");
        await bus.PublishAsync(subject, $$"""{"action": "updated", "encounter": {{foreign}}}""");
        await bus.PublishAsync(subject, $$"""{"action": "deleted", "encounter": {{PublicEncounters.Checkup}}}""");
        await bus.PublishAsync(subject, $$"""{"action": "updated", "encounter": {{PublicEncounters.Checkup.Replace("\"created_at\"", "\"updated_at\": \"2025-08-06T09:00:00\", \"created_at\"", StringComparison.Ordinal)}}}""");

        var created = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.EncounterCreated, "enc-003"), (created.Kind, created.Encounter!.Id.Value));
        Assert.Equal(new DateTimeOffset(2025, 8, 5, 7, 8, 19, 123, TimeSpan.Zero).AddTicks(4560), created.Timestamp);
        var updated = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.EncounterUpdated, "enc-001"), (updated.Kind, updated.Encounter!.Id.Value));
        Assert.Equal(new DateTimeOffset(2025, 8, 6, 9, 0, 0, TimeSpan.Zero), updated.Timestamp);
        Assert.True(watcher.IsIdle);
    }

    [Fact]
    public async Task Patient_broadcasts_carry_the_patient_when_it_comes_along()
    {
        await using var watcher = new Watcher(feed, TestScope.TenantA);
        var subject = Broadcasts.PatientsSubject(TestScope.TenantA);

        await bus.PublishAsync(subject, Broadcasts.PatientChange(TestScope.TenantA, "created", "p-7"));
        await bus.PublishAsync(subject, Broadcasts.PatientChange(TestScope.TenantA, "updated", "p-7"));
        await bus.PublishAsync(subject, Broadcasts.PatientDeleted(TestScope.TenantA));
        await bus.PublishAsync(subject, $$"""{"type": "deleted", "patient": {"id": "p-7"}, "tenantId": "{{TestScope.TenantA}}"}""");
        await bus.PublishAsync(subject, $$"""{"type": "deleted", "patient": "p-7", "tenantId": "{{TestScope.TenantA}}"}""");
        await bus.PublishAsync(subject, $$"""{"type": "updated", "patient": {"id": "p-7", "firstName": "Ada"}, "tenantId": "{{TestScope.TenantA}}"}""");
        await bus.PublishAsync(subject, $$"""{"type": "updated", "patient": {"id": "p-7", "patientId": "P-7", "firstName": "Ada"}, "tenantId": "{{TestScope.TenantA}}"}""");

        var created = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.PatientCreated, "p-7"), (created.Kind, created.Patient!.Id.Value));
        Assert.Equal("***-**-6789", created.Patient.Ssn?.ToString());
        Assert.Equal(TenantEventKind.PatientUpdated, (await watcher.NextAsync()).Kind);
        var deleted = await watcher.NextAsync();
        Assert.Equal(TenantEventKind.PatientDeleted, deleted.Kind);
        Assert.Null(deleted.Patient);
        Assert.NotNull(deleted.Summary);
        var deletedById = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.PatientDeleted, deleted.Summary), (deletedById.Kind, deletedById.Summary));
        Assert.Null(deletedById.Patient);
        var deletedByBareId = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.PatientDeleted, deleted.Summary, (Patient?)null), (deletedByBareId.Kind, deletedByBareId.Summary, deletedByBareId.Patient));

        // One name without the practice's number is a partial update, told; with the number it is a one-name patient's record.
        var partial = await watcher.NextAsync();
        Assert.Equal((TenantEventKind.PatientUpdated, (Patient?)null), (partial.Kind, partial.Patient));
        var oneName = await watcher.NextAsync();
        Assert.Equal(("P-7", "Ada"), (oneName.Patient!.PatientNumber, oneName.Patient.FullName));
    }

    [Theory]
    [InlineData("{broken")]
    [InlineData("""{"type": "fireworks", "tenantId": "tenant-a"}""")]
    [InlineData("""{"type": "stats", "data": {}, "tenantId": "tenant-a"}""")]
    [InlineData("""{"type": "claim_update", "data": {}, "tenantId": "tenant-b"}""")]

    // A lone surrogate is valid JSON text that no string can hold: reading it throws InvalidOperationException.
    [InlineData("""{"type": "claim_update", "data": {"message": "\ud800"}, "tenantId": "tenant-a"}""")]
    public async Task A_broken_or_foreign_broadcast_is_dropped_and_the_feed_goes_on(string broadcast)
    {
        await using var watcher = new Watcher(feed, TestScope.TenantA);

        await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), broadcast);
        await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Broadcasts.Activity(TestScope.TenantA, "after"));

        Assert.Equal("after", (await watcher.NextAsync()).Activity!.Id);
    }

    [Fact]
    public async Task Broadcasts_Portal_cannot_read_are_logged_once_per_interval_with_their_count_and_no_stack()
    {
        var clock = new ManualClock(Adapter.Now);
        using var log = new RecordingLoggerProvider();
        using var loggers = new LoggerFactory([log]);
        var quiet = new NatsTenantEventFeed(bus, clock, loggers.CreateLogger<NatsTenantEventFeed>());
        await using var watcher = new Watcher(quiet, TestScope.TenantA);
        var subject = Broadcasts.DashboardSubject(TestScope.TenantA);

        async Task SendUnreadableThenOneGood(int unreadable, string id)
        {
            for (var i = 0; i < unreadable; i++)
            {
                await bus.PublishAsync(subject, """{"type": "weather_update", "tenantId": "tenant-a"}""");
            }

            await bus.PublishAsync(subject, Broadcasts.Activity(TestScope.TenantA, id));
            Assert.Equal(id, (await watcher.NextAsync()).Activity!.Id);
        }

        await SendUnreadableThenOneGood(3, "first");
        clock.Advance(NatsTenantEventFeed.DropLogInterval);
        await SendUnreadableThenOneGood(1, "second");

        var lines = log.Lines.Where(line => line.Category == typeof(NatsTenantEventFeed).FullName).ToArray();
        Assert.Equal([1L, 3L], lines.Select(line => (long)line.Property("Dropped")!));
        Assert.All(lines, line => Assert.Null(line.Exception));
        Assert.All(lines, line => Assert.Equal("MalformedAnswerException", line.Property("Failure")));
    }

    [Fact]
    public async Task A_patient_of_another_tenant_is_dropped()
    {
        await using var watcher = new Watcher(feed, TestScope.TenantA);

        await bus.PublishAsync(Broadcasts.PatientsSubject(TestScope.TenantA), $$"""{"type": "created", "patient": {{WireSamples.Patient("p-x", TestScope.TenantB)}}}""");
        await bus.PublishAsync(Broadcasts.PatientsSubject(TestScope.TenantA), Broadcasts.PatientChange(TestScope.TenantA, "created", "p-ok"));

        Assert.Equal("p-ok", (await watcher.NextAsync()).Patient!.Id.Value);
    }

    [Fact]
    public async Task A_slow_watcher_loses_its_oldest_events_and_holds_up_nobody()
    {
        const int Published = 200;
        await using var slow = new Watcher(feed, TestScope.TenantA);
        await using var fast = new Watcher(feed, TestScope.TenantA);

        // The fast watcher gets every event while the slow one reads nothing: the pump never waits for the slow one.
        for (var i = 0; i < Published; i++)
        {
            await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Broadcasts.Activity(TestScope.TenantA, i.ToString("D3")));
            Assert.Equal(i.ToString("D3"), (await fast.NextAsync()).Activity!.Id);
        }

        // The slow watcher keeps the read it had in flight plus the newest events its queue holds, in order, and is told
        // once, where the events it lost were, that it lost some.
        var kept = new List<string>();
        var read = new List<TenantEventKind>();
        while (kept.Count == 0 || kept[^1] != (Published - 1).ToString("D3"))
        {
            var next = await slow.NextAsync();
            read.Add(next.Kind);
            if (next.Activity is { } activity)
            {
                kept.Add(activity.Id);
            }
        }

        Assert.InRange(kept.Count, NatsTenantEventFeed.WatcherCapacity, NatsTenantEventFeed.WatcherCapacity + 1);
        Assert.Equal(kept.Count - NatsTenantEventFeed.WatcherCapacity, read.IndexOf(TenantEventKind.Interrupted));
        Assert.Single(read, kind => kind == TenantEventKind.Interrupted);
        Assert.Equal(kept.Order(StringComparer.Ordinal), kept);
        Assert.Equal(kept.Distinct(), kept);
        Assert.True(slow.IsIdle);
    }

    [Fact]
    public async Task Watchers_joining_and_leaving_at_once_keep_the_count_right()
    {
        await using var steady = new Watcher(feed, TestScope.TenantA);
        string[] tenants = [TestScope.TenantA, TestScope.TenantB, "tenant-c"];

        await Task.WhenAll(Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
        {
            for (var round = 0; round < 25; round++)
            {
                await using var watcher = new Watcher(feed, tenants[(worker + round) % tenants.Length]);
                await watcher.LeaveAsync();
            }
        })));

        Assert.Equal(1, feed.SubscriptionCount);
        Assert.Equal(1, feed.WatcherCount(TenantA));
        await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Broadcasts.Activity(TestScope.TenantA, "still-here"));
        Assert.Equal("still-here", (await steady.NextAsync()).Activity!.Id);

        await using var late = new Watcher(feed, TestScope.TenantB);
        await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantB), Broadcasts.Activity(TestScope.TenantB, "late"));
        Assert.Equal("late", (await late.NextAsync()).Activity!.Id);
    }

    [Fact]
    public async Task When_the_bus_gives_up_every_watcher_learns_that_live_updates_are_unavailable()
    {
        await using var first = new Watcher(feed, TestScope.TenantA);
        await using var second = new Watcher(feed, TestScope.TenantA);

        bus.EndSubscriptions(new ConnectionLostException(BroadcastSubjects.ForTenant(TenantA)));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => first.PendingRead.WaitAsync(Watcher.Guard));
        Assert.Equal(NatsTenantEventFeed.Area, error.Area);
        await Assert.ThrowsAsync<BackendUnavailableException>(() => second.PendingRead.WaitAsync(Watcher.Guard));
        Assert.Equal(0, feed.SubscriptionCount);

        await using var again = new Watcher(feed, TestScope.TenantA);
        Assert.Equal(1, feed.SubscriptionCount);
        await bus.PublishAsync(Broadcasts.DashboardSubject(TestScope.TenantA), Broadcasts.Activity(TestScope.TenantA, "resumed"));
        Assert.Equal("resumed", (await again.NextAsync()).Activity!.Id);
    }
}
