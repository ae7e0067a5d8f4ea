using System.Net;
using Portal.LoadRun.Bare;
using Portal.LoadRun.Hosting;
using Portal.LoadRun.Load;
using Portal.LoadRun.Probe;
using Portal.LoadRun.Report;

namespace Portal.LoadRun;

/// <summary>
/// Starts the stack, signs in once through Portal's login form, checks that Portal and the bare endpoint answer each page
/// with 200 and the same bytes, then loads each target in turn, then (closed loop) each page's two targets in alternating
/// slices, and prints the report. Everything started is stopped at
/// the end, on failure and on Ctrl-C.
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
        Progress($"Starting nats-server, the demo backend and Portal ({layout.Configuration})...");
        await using var stack = await LoadStack.StartAsync(layout, cancellationToken);
        Progress($"Portal is ready on {stack.PortalUrl}; signing in as {DemoAccount.Email}.");
        var cookieHeader = await PortalLogin.SignInAsync(stack.PortalUrl, DemoAccount.Email, DemoAccount.Password, cancellationToken);
        await stack.StartBareEndpointAsync(cookieHeader, cancellationToken);
        Progress($"The bare endpoint is ready on {stack.BareUrl}.");

        using var client = LoadGenerator.CreateClient(settings.Clients);
        var targets = new List<LoadTarget>();
        var pagePairs = new List<(string Page, LoadTarget Portal, LoadTarget Bare)>();
        foreach (var (page, path) in Pages)
        {
            var length = await CheckSameAnswerAsync(client, new Uri(stack.PortalUrl, path), new Uri(stack.BareUrl, path), cookieHeader, cancellationToken);
            Progress($"The {page} ({path}) answers 200 with the same {length:N0} bytes from Portal and from the bare endpoint.");
            var portal = new LoadTarget(
                $"Portal {page}", new Uri(stack.PortalUrl, path), length, () => stack.Portal.ProcessorTime, () => stack.BackendsProcessorTime, stack.PortalProbe.ReadAsync, stack.BackendProbe.ReadAsync);
            var bare = new LoadTarget(
                $"bare {page}", new Uri(stack.BareUrl, path), length, () => stack.Bare.ProcessorTime, () => stack.BackendsProcessorTime, token => BareCountersAsync(client, stack.BareUrl, token), stack.BackendProbe.ReadAsync);
            targets.Add(portal);
            targets.Add(bare);
            pagePairs.Add((page, portal, bare));
        }

        var results = new List<TargetResult>();
        foreach (var target in targets)
        {
            Progress(settings.Rate > 0
                ? $"Loading {target.Name} ({target.Address}) at {settings.Rate} requests/s: a warm-up of at least {settings.Warmup.TotalSeconds} s until the JIT settles, then {settings.Duration.TotalSeconds} s..."
                : $"Loading {target.Name} ({target.Address}) with {settings.Clients} clients: a warm-up of at least {settings.Warmup.TotalSeconds} s until the JIT settles, then {settings.Duration.TotalSeconds} s...");
            // A fresh sign-in per target, and again when its measured interval begins (see SignedInCookie).
            var cookie = FreshSignIn(stack.PortalUrl);
            await cookie.RenewAsync(cancellationToken);
            results.Add(settings.Rate > 0
                ? await OpenLoopGenerator.RunAsync(client, target, cookie, settings, cancellationToken)
                : await LoadGenerator.RunAsync(client, target, cookie, settings, cancellationToken));
        }

        var sideBySide = new List<SideBySide>();
        foreach (var (page, portal, bare) in settings.Pairs > 0 ? pagePairs : [])
        {
            Progress($"Alternating {portal.Name} and {bare.Name} in {AlternatingRun.Slice.TotalSeconds} s slices, {settings.Pairs} pairs...");
            var cookie = FreshSignIn(stack.PortalUrl);
            sideBySide.Add(await AlternatingRun.RunAsync(page, client, portal, bare, cookie, settings, cancellationToken));
        }

        MarkdownReport.Write(Console.Out, settings, layout.Configuration, results, sideBySide);
        return results.Concat(sideBySide.SelectMany(page => new[] { page.Portal, page.Bare })).Any(result => result.Errors > 0) ? 1 : 0;
    }

    /// <summary>Every client's sign-in, renewed when measuring begins.</summary>
    private static SignedInCookie FreshSignIn(Uri portal) =>
        new(token => PortalLogin.SignInAsync(portal, DemoAccount.Email, DemoAccount.Password, token));

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
