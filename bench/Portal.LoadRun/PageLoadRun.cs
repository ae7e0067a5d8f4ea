using System.Net;
using Portal.LoadRun.Bare;
using Portal.LoadRun.Hosting;
using Portal.LoadRun.Load;
using Portal.LoadRun.Probe;
using Portal.LoadRun.Report;

namespace Portal.LoadRun;

/// <summary>
/// Starts the stack (and, with <see cref="LoadRunSettings.Against"/>, the other checkout's), signs in once through
/// Portal's login form, checks that Portal and the bare endpoint answer each page with 200 and the same bytes, then loads
/// each target in turn, then (closed loop) each pair of targets in alternating slices, and prints the report. Everything
/// started is stopped at the end, on failure and on Ctrl-C.
/// </summary>
internal static class PageLoadRun
{
    private static readonly (string Page, string Path)[] Pages =
    [
        ("dashboard", $"/t/{DemoAccount.Tenant}"),
        ("patient list", $"/t/{DemoAccount.Tenant}/patients"),
    ];

    public static async Task<int> RunAsync(LoadRunSettings settings, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Locate();
        var againstLayout = settings.Against is { } against ? RepositoryLayout.At(against, layout.Configuration) : null;
        Progress($"Starting nats-server, the demo backend and Portal ({layout.Configuration})...");
        await using var stack = await LoadStack.StartAsync(layout, cancellationToken);
        Progress($"Portal is ready on {stack.PortalUrl}; signing in as {DemoAccount.Email}.");
        var cookieHeader = await PortalLogin.SignInAsync(stack.PortalUrl, DemoAccount.Email, DemoAccount.Password, cancellationToken);
        await stack.StartBareEndpointAsync(cookieHeader, cancellationToken);
        Progress($"The bare endpoint is ready on {stack.BareUrl}.");
        await using var other = againstLayout is null ? null : await LoadStack.StartAsync(againstLayout, cancellationToken);
        var otherName = againstLayout?.Revision();
        if (other is not null)
        {
            Progress($"Portal at {otherName} ({againstLayout!.Root}) is ready on {other.PortalUrl}, with its own nats-server and demo backend.");
        }

        using var client = LoadGenerator.CreateClient(settings.Clients);
        var targets = new List<LoadTarget>();
        var sideBySidePairs = new List<(LoadTarget First, LoadTarget Second)>();
        foreach (var (page, path) in Pages)
        {
            var length = await CheckSameAnswerAsync(client, new Uri(stack.PortalUrl, path), new Uri(stack.BareUrl, path), cookieHeader, cancellationToken);
            Progress($"The {page} ({path}) answers 200 with the same {length:N0} bytes from Portal and from the bare endpoint.");
            var portal = new LoadTarget(
                $"Portal {page}", new Uri(stack.PortalUrl, path), stack.PortalUrl, length, () => stack.Portal.ProcessorTime, () => stack.BackendsProcessorTime, stack.PortalProbe.ReadAsync, stack.BackendProbe.ReadAsync);
            var bare = new LoadTarget(
                $"bare {page}", new Uri(stack.BareUrl, path), stack.PortalUrl, length, () => stack.Bare.ProcessorTime, () => stack.BackendsProcessorTime, token => BareCountersAsync(client, stack.BareUrl, token), stack.BackendProbe.ReadAsync);
            targets.Add(portal);
            targets.Add(bare);
            sideBySidePairs.Add((portal, bare));
            if (other is not null)
            {
                var otherLength = await LengthAsync(client, new Uri(other.PortalUrl, path), other.PortalUrl, cancellationToken);
                Progress($"Portal at {otherName} answers the {page} with {otherLength:N0} bytes.");
                var earlier = new LoadTarget(
                    $"Portal at {otherName}: {page}", new Uri(other.PortalUrl, path), other.PortalUrl, otherLength, () => other.Portal.ProcessorTime, () => other.BackendsProcessorTime, other.PortalProbe.ReadAsync, other.BackendProbe.ReadAsync);
                targets.Add(earlier);
                sideBySidePairs.Add((portal, earlier));
            }
        }

        var results = new List<TargetResult>();
        foreach (var target in targets)
        {
            Progress(settings.Rate > 0
                ? $"Loading {target.Name} ({target.Address}) at {settings.Rate} requests/s: a warm-up of at least {settings.Warmup.TotalSeconds} s until the JIT settles, then {settings.Duration.TotalSeconds} s..."
                : $"Loading {target.Name} ({target.Address}) with {settings.Clients} clients: a warm-up of at least {settings.Warmup.TotalSeconds} s until the JIT settles, then {settings.Duration.TotalSeconds} s...");
            // A fresh sign-in per target, and again when its measured interval begins (see SignedInCookie).
            var cookie = SignedInCookie.At(target.SignInAt);
            await cookie.RenewAsync(cancellationToken);
            results.Add(settings.Rate > 0
                ? await OpenLoopGenerator.RunAsync(client, target, cookie, settings, cancellationToken)
                : await LoadGenerator.RunAsync(client, target, cookie, settings, cancellationToken));
        }

        var sideBySide = new List<SideBySide>();
        foreach (var (first, second) in settings.Pairs > 0 ? sideBySidePairs : [])
        {
            Progress($"Alternating {first.Name} and {second.Name} in {AlternatingRun.Slice.TotalSeconds} s slices, {settings.Pairs} pairs...");
            sideBySide.Add(await AlternatingRun.RunAsync(client, first, second, settings, cancellationToken));
        }

        MarkdownReport.Write(Console.Out, settings, layout.Configuration, results, sideBySide);
        return results.Concat(sideBySide.SelectMany(pair => pair.Both)).Any(result => result.Errors > 0) ? 1 : 0;
    }

    /// <summary>Both answer 200 with the same content type and the same body; returns the body's length.</summary>
    private static async Task<long> CheckSameAnswerAsync(
        HttpClient client, Uri portal, Uri bare, string cookieHeader, CancellationToken cancellationToken)
    {
        var (portalType, portalBody) = await GetAsync(client, portal, cookieHeader, cancellationToken);
        var (bareType, bareBody) = await GetAsync(client, bare, cookieHeader, cancellationToken);
        if (portalType != bareType || !portalBody.AsSpan().SequenceEqual(bareBody))
        {
            throw new InvalidOperationException(
                $"{bare} answers {bareBody.Length} bytes of {bareType}, Portal's {portal} {portalBody.Length} bytes of {portalType}: not the same page.");
        }

        return portalBody.Length;
    }

    /// <summary>The length of the page another checkout's Portal answers with 200 to its own sign-in.</summary>
    private static async Task<long> LengthAsync(HttpClient client, Uri address, Uri portal, CancellationToken cancellationToken)
    {
        var cookieHeader = await PortalLogin.SignInAsync(portal, DemoAccount.Email, DemoAccount.Password, cancellationToken);
        return (await GetAsync(client, address, cookieHeader, cancellationToken)).Body.Length;
    }

    private static async Task<(string? ContentType, byte[] Body)> GetAsync(
        HttpClient client, Uri address, string cookieHeader, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation("Cookie", cookieHeader);
        using var answer = await client.SendAsync(request, cancellationToken);
        if (answer.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{address} answered {(int)answer.StatusCode} instead of 200.");
        }

        return (answer.Content.Headers.ContentType?.ToString(), await answer.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    private static async Task<RuntimeCounters> BareCountersAsync(HttpClient client, Uri bare, CancellationToken cancellationToken) =>
        RuntimeCounters.Parse(await client.GetStringAsync(new Uri(bare, BareEndpoint.CountersPath), cancellationToken));

    /// <summary>Progress goes to stderr, so stdout is the report alone.</summary>
    private static void Progress(string message) => Console.Error.WriteLine(message);
}
