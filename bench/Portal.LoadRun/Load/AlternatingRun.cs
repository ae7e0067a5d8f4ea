namespace Portal.LoadRun.Load;

/// <summary>
/// Two targets of one page (Portal and the bare endpoint, or Portal and another checkout's Portal), measured side by
/// side once both have warmed up: closed-loop slices of <see cref="Slice"/> alternate between the two,
/// <see cref="LoadRunSettings.Pairs"/> of each, the order swapped from one pair to the next, every client drained before
/// the next slice begins. Measured one after the other, the two targets each get a different machine, since a shared
/// machine's speed drifts by 10–25 % over minutes; slices seconds apart get nearly the same one, so the ratio of their
/// sums, and the spread of the pairs' ratios, is what one costs against the other.
/// </summary>
internal static class AlternatingRun
{
    /// <summary>
    /// Long enough that the 64 clients' start and drain (a few tens of milliseconds at the pages' latencies) are a small
    /// part of it, short enough that the machine barely changes between the two slices of a pair.
    /// </summary>
    public static readonly TimeSpan Slice = TimeSpan.FromSeconds(2);

    /// <summary>A client's answers in a slice, with room to spare (about 200 at 7,000 requests/s over 64 clients).</summary>
    private const int ExpectedAnswers = 1_024;

    public static async Task<SideBySide> RunAsync(
        HttpClient client, LoadTarget first, LoadTarget second, LoadRunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(settings);
        // Portal and its bare endpoint take the same sign-in; another checkout's Portal takes its own.
        var firstCookie = SignedInCookie.At(first.SignInAt);
        var secondCookie = second.SignInAt == first.SignInAt ? firstCookie : SignedInCookie.At(second.SignInAt);
        var firstSlices = new List<SliceResult>(settings.Pairs);
        var secondSlices = new List<SliceResult>(settings.Pairs);
        for (var pair = 0; pair < settings.Pairs; pair++)
        {
            // Sign-ins younger than a minute, as in the measured intervals of the targets one after the other (see SignedInCookie).
            await firstCookie.RenewAsync(cancellationToken);
            if (secondCookie != firstCookie)
            {
                await secondCookie.RenewAsync(cancellationToken);
            }

            if (pair % 2 == 0)
            {
                firstSlices.Add(await SliceAsync(client, first, firstCookie, settings.Clients, cancellationToken));
                secondSlices.Add(await SliceAsync(client, second, secondCookie, settings.Clients, cancellationToken));
            }
            else
            {
                secondSlices.Add(await SliceAsync(client, second, secondCookie, settings.Clients, cancellationToken));
                firstSlices.Add(await SliceAsync(client, first, firstCookie, settings.Clients, cancellationToken));
            }
        }

        return new SideBySide(
            $"{first.Name} / {second.Name}",
            Combine(first, firstSlices),
            Combine(second, secondSlices),
            firstSlices.Zip(secondSlices, (ofFirst, ofSecond) => (double)ofFirst.Answers / ofSecond.Answers).ToList());
    }

    private static async Task<SliceResult> SliceAsync(
        HttpClient client, LoadTarget target, SignedInCookie cookie, int clients, CancellationToken cancellationToken)
    {
        var interval = new MeasuredInterval();
        var measurement = await Measurement.StartAsync(target, interval, Slice, cancellationToken);
        var running = new Task<ClientLog>[clients];
        for (var i = 0; i < running.Length; i++)
        {
            running[i] = Task.Run(() => LoadGenerator.RunClientAsync(client, target, cookie, interval, ExpectedAnswers, cancellationToken), cancellationToken);
        }

        var spent = await measurement.EndAsync(cancellationToken);
        return new SliceResult(spent, await Task.WhenAll(running));
    }

    private static TargetResult Combine(LoadTarget target, List<SliceResult> slices) =>
        TargetResult.From(
            target.Name + ", side by side",
            Slice * slices.Count,
            slices.Select(slice => slice.Spent).Aggregate((sum, next) => sum + next),
            new WarmUpResult(TimeSpan.Zero, Settled: true),
            slices.SelectMany(slice => slice.Clients).ToList());

    private sealed record SliceResult(ServerSpent Spent, ClientLog[] Clients)
    {
        public long Answers => Clients.Sum(client => (long)client.Count);
    }
}
