using System.Net;
using System.Text.RegularExpressions;
using Portal.Testing.Support;

namespace Portal.Cluster.Tests.Load;

/// <summary>
/// Signed-in users loading pages through HAProxy one after another (the dashboard, the patient list, the new-patient
/// form, the practice list), and one user adding patients through the form, each with a name of its own so that a post
/// applied twice shows: the demo backend refuses a second patient with the same email, and the list finds the name twice.
/// </summary>
internal sealed partial class ClusterLoad : IAsyncDisposable
{
    private const string UnavailableMarker = "class=\"unavailable\"";

    // Between one user's requests: people read pages, and two shared cores must still restart instances under the load.
    private static readonly TimeSpan ThinkTime = TimeSpan.FromMilliseconds(25);

    // Between two new patients: the posts spread over every phase of a run instead of all landing in its first seconds.
    private static readonly TimeSpan PostInterval = TimeSpan.FromMilliseconds(300);

    private readonly Phases phases;
    private readonly CancellationTokenSource stop = new();
    private readonly List<PageSample> samples = [];
    private readonly List<NewPatient> posted = [];
    private readonly List<Task> clients = [];
    private readonly string runTag = Letters(Random.Shared.Next(26 * 26 * 26), 3);

    public ClusterLoad(Phases phases, IReadOnlyList<PortalUser> pageUsers, PortalUser poster)
    {
        this.phases = phases;
        foreach (var user in pageUsers)
        {
            clients.Add(Task.Run(() => LoadPagesAsync(user)));
        }

        clients.Add(Task.Run(() => PostPatientsAsync(poster)));
    }

    public IReadOnlyList<PageSample> Samples
    {
        get
        {
            lock (samples)
            {
                return [.. samples];
            }
        }
    }

    /// <summary>Every patient the poster submitted, with whether Portal answered that it was created.</summary>
    public IReadOnlyList<NewPatient> Posted
    {
        get
        {
            lock (posted)
            {
                return [.. posted];
            }
        }
    }

    public int Count
    {
        get
        {
            lock (samples)
            {
                return samples.Count;
            }
        }
    }

    /// <summary>Until <paramref name="more"/> further requests have been answered (or failed): the load has moved on.</summary>
    public async Task WaitForMoreAsync(int more, CancellationToken cancellationToken)
    {
        var target = Count + more;
        while (Count < target)
        {
            if (clients.FirstOrDefault(client => client.IsFaulted) is { } faulted)
            {
                await faulted;
            }

            // The polling interval of a bounded wait on the load's progress, not synchronisation.
            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>Ends the load; its samples and posts are final after this.</summary>
    public async Task StopAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }

        await Task.WhenAll(clients);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }

    private static string Letters(int value, int length)
    {
        var letters = new char[length];
        for (var i = length - 1; i >= 0; i--)
        {
            letters[i] = (char)('a' + (value % 26));
            value /= 26;
        }

        return new string(letters);
    }

    private async Task LoadPagesAsync(PortalUser user)
    {
        string[] pages = [$"/t/{user.Tenant}", $"/t/{user.Tenant}/patients", $"/t/{user.Tenant}/patients/new", "/tenants"];
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            if (await GetAsync(user, pages[n % pages.Length]) is null)
            {
                return;
            }

            await Task.Delay(ThinkTime, CancellationToken.None);
        }
    }

    private async Task PostPatientsAsync(PortalUser user)
    {
        var form = $"/t/{user.Tenant}/patients/new";
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            await Task.Delay(PostInterval, CancellationToken.None);
            var html = await GetAsync(user, form);
            if (html is null)
            {
                return;
            }

            if (html.Length == 0)
            {
                continue; // that page failed, and is counted so; the next round loads the form again
            }

            var token = PortalForms.CsrfToken(html, form);
            var patient = new NewPatient("Clusterload" + runTag + Letters(n, 3), $"cluster-{runTag}-{n}@example.com");
            var phase = phases.Current;
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [PortalForms.CsrfField] = token,
                ["FirstName"] = "Load",
                ["LastName"] = patient.LastName,
                ["Email"] = patient.Email,
                ["Phone"] = "+1 555 0100",
                ["DateOfBirth"] = "1980-05-17",
            });
            PageOutcome outcome;
            int status = 0;
            string? detail = null;
            try
            {
                using var answer = await user.Browser.PostAsync(new Uri(form, UriKind.Relative), content, stop.Token);
                status = (int)answer.StatusCode;
                var body = await answer.Content.ReadAsStringAsync(stop.Token);
                var location = answer.Headers.Location?.OriginalString ?? string.Empty;
                (outcome, detail) = answer.StatusCode switch
                {
                    HttpStatusCode.Redirect when location.StartsWith($"/t/{user.Tenant}/patients/", StringComparison.Ordinal) => (PageOutcome.Served, location),
                    HttpStatusCode.Redirect when location.Contains("/login", StringComparison.Ordinal) => (PageOutcome.SignedOut, location),
                    _ => (PageOutcome.Failed, FormError().Match(body) is { Success: true } error ? error.Groups[1].Value : null),
                };
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
            {
                (outcome, detail) = (PageOutcome.Failed, failure.Message);
            }

            Record(new PageSample(phase, "POST", form, outcome, status, detail));
            lock (posted)
            {
                posted.Add(patient with { Created = outcome == PageOutcome.Served, Answer = detail });
            }
        }
    }

    /// <summary>One GET, recorded; its body when it was served, an empty string when not, null once the load stops.</summary>
    private async Task<string?> GetAsync(PortalUser user, string path)
    {
        var phase = phases.Current;
        try
        {
            using var answer = await user.Browser.GetAsync(new Uri(path, UriKind.Relative), stop.Token);
            var body = await answer.Content.ReadAsStringAsync(stop.Token);
            var location = answer.Headers.Location?.OriginalString;
            var outcome = answer.StatusCode switch
            {
                HttpStatusCode.OK when body.Contains(UnavailableMarker, StringComparison.Ordinal) => PageOutcome.Degraded,
                HttpStatusCode.OK => PageOutcome.Served,
                HttpStatusCode.Redirect when location?.Contains("/login", StringComparison.Ordinal) == true => PageOutcome.SignedOut,
                // The practice list of a user with one practice goes straight to it.
                HttpStatusCode.Redirect => PageOutcome.Served,
                _ => PageOutcome.Failed,
            };
            Record(new PageSample(phase, "GET", path, outcome, (int)answer.StatusCode, location));
            return outcome == PageOutcome.Served ? body : string.Empty;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            Record(new PageSample(phase, "GET", path, PageOutcome.Failed, 0, failure.Message));
            return string.Empty;
        }
    }

    private void Record(PageSample sample)
    {
        lock (samples)
        {
            samples.Add(sample);
        }
    }

    [GeneratedRegex("""<p class="form-error" role="alert">([^<]*)</p>""")]
    private static partial Regex FormError();
}
