using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Portal.LoadRun.Bare;
using Portal.Testing.Support;

namespace Portal.Benchmarks.Pages;

/// <summary>
/// Portal's own cost per page, without the network and the backends: the patient list (<c>/t/{tenant}/patients</c>, 25
/// rows of 60) and the dashboard (<c>/t/{tenant}</c>, every card) served by Portal's real <c>Program</c> in memory
/// (<see cref="PortalOnFakes"/>), next to the load run's bare endpoint in memory (<see cref="BareOnFakes"/>) that reads
/// the same sign-in cookie, makes the same calls to the same in-memory ports and writes the bytes Portal answered. Both
/// are asked through TestServer with the Cookie header of one sign-in through Portal's login form, one request at a time,
/// each answer read to its end; the setup fails unless both answer 200 with the same content type and body. Portal's
/// clock stands still, so the sign-in is never renewed or its practices listed again during the run.
/// <c>dotnet run -c Release --project bench/Portal.Benchmarks -- --filter '*PageBenchmarks*'</c>; with
/// <c>PAGE_BENCHMARKS_SAVE=/some/folder</c> the setup also saves both pages there (<c>cmp</c> them across a change).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PageBenchmarks
{
    public const string PatientList = "patient list";
    public const string Dashboard = "dashboard";

    /// <summary>A folder to save both pages in as Portal answered them, to compare them byte for byte before and after a change.</summary>
    public const string SaveVariable = "PAGE_BENCHMARKS_SAVE";

    private const string DashboardPath = "/t/" + PageWorld.Tenant;
    private const string PatientListPath = DashboardPath + "/patients";

    private static readonly Uri Localhost = new("http://localhost");

    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(60);

    private readonly byte[] sink = new byte[64 * 1024];
    private PortalOnFakes portal = null!;
    private BareOnFakes bare = null!;
    private TestServer portalServer = null!;
    private TestServer bareServer = null!;
    private string cookieHeader = string.Empty;

    /// <summary>Synchronous: the in-process toolchain starts the workload without awaiting an asynchronous setup.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var world = new PageWorld();
        portal = new PortalOnFakes(world);
        portalServer = portal.Server;
        cookieHeader = await SignInAsync(portalServer);

        CapturedPage dashboard, patients;
        using (var capture = new HttpClient(portalServer.CreateHandler()) { BaseAddress = Localhost })
        {
            dashboard = await CapturedPage.CaptureAsync(capture, new Uri(Localhost, DashboardPath), cookieHeader, CancellationToken.None);
            patients = await CapturedPage.CaptureAsync(capture, new Uri(Localhost, PatientListPath), cookieHeader, CancellationToken.None);
        }

        bare = await BareOnFakes.StartAsync(world, dashboard, patients, PortalOnFakes.SecretKey);
        bareServer = bare.Server;
        foreach (var path in new[] { DashboardPath, PatientListPath })
        {
            await CheckSameAnswerAsync(path);
        }

        await WarmUntilJitSettlesAsync();
    }

    private async Task CleanupAsync()
    {
        await bare.DisposeAsync();
        await portal.DisposeAsync();
    }

    [BenchmarkCategory(PatientList)]
    [Benchmark(Baseline = true, Description = "bare endpoint")]
    public Task<int> BarePatientList() => GetAsync(bareServer, PatientListPath);

    [BenchmarkCategory(PatientList)]
    [Benchmark(Description = "Portal")]
    public Task<int> PortalPatientList() => GetAsync(portalServer, PatientListPath);

    [BenchmarkCategory(Dashboard)]
    [Benchmark(Baseline = true, Description = "bare endpoint")]
    public Task<int> BareDashboard() => GetAsync(bareServer, DashboardPath);

    [BenchmarkCategory(Dashboard)]
    [Benchmark(Description = "Portal")]
    public Task<int> PortalDashboard() => GetAsync(portalServer, DashboardPath);

    /// <summary>Signs in through the login form and follows where it leads, as a browser does (and the load run): the cookie then carries the practices.</summary>
    private static async Task<string> SignInAsync(TestServer server)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = server.CreateHandler() }) { BaseAddress = Localhost };
        using var answer = await PortalForms.SignInAsync(browser, PageWorld.Email, PageWorld.Password);
        var next = answer.StatusCode == HttpStatusCode.Redirect ? answer.Headers.Location : throw new InvalidOperationException(
            $"Signing in answered {(int)answer.StatusCode}, not a redirect.");
        for (var hop = 0; next is not null && hop < 3; hop++)
        {
            using var page = await browser.GetAsync(next);
            next = page.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found ? page.Headers.Location : null;
        }

        return cookies.GetCookieHeader(Localhost);
    }

    /// <summary>
    /// Portal's code reaches its last tier only once the runtime has compiled no new method for a while (each compilation
    /// restarts tiering's 100 ms delay); under BenchmarkDotNet's short warm-up the dashboard then still ran at 3× its settled
    /// time. So both sides serve both pages until two rounds in a row compile nothing, as the load run's warm-up waits.
    /// </summary>
    private async Task WarmUntilJitSettlesAsync()
    {
        const int RequestsPerRound = 500;
        var warming = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        var quietRounds = 0;
        while (quietRounds < 2 && warming.Elapsed < MaxWarmUp)
        {
            for (var i = 0; i < RequestsPerRound; i++)
            {
                await GetAsync(portalServer, DashboardPath);
                await GetAsync(portalServer, PatientListPath);
                await GetAsync(bareServer, DashboardPath);
                await GetAsync(bareServer, PatientListPath);
            }

            var now = JitInfo.GetCompiledMethodCount();
            quietRounds = now == compiled ? quietRounds + 1 : 0;
            compiled = now;
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Warmed up in {warming.Elapsed.TotalSeconds:N1} s{(quietRounds < 2 ? ", stopped before the JIT settled" : string.Empty)}."));
    }

    private async Task CheckSameAnswerAsync(string path)
    {
        var (portalType, portalBody) = await ReadAsync(portalServer, path);
        var (bareType, bareBody) = await ReadAsync(bareServer, path);
        if (portalType != bareType || !portalBody.AsSpan().SequenceEqual(bareBody))
        {
            throw new InvalidOperationException(
                $"{path}: the bare endpoint answers {bareBody.Length} bytes of {bareType}, Portal {portalBody.Length} bytes of {portalType}: not the same page.");
        }

        Console.WriteLine($"// {path}: Portal and the bare endpoint answer the same {portalBody.Length:N0} bytes of {portalType}.");
        if (Environment.GetEnvironmentVariable(SaveVariable) is { Length: > 0 } folder)
        {
            var file = Path.Combine(folder, path == DashboardPath ? "dashboard.html" : "patient-list.html");
            await File.WriteAllBytesAsync(file, portalBody);
            Console.WriteLine($"// Saved as {file}.");
        }
    }

    private async Task<(string? ContentType, byte[] Body)> ReadAsync(TestServer server, string path)
    {
        var context = await SendAsync(server, path);
        using var body = new MemoryStream();
        await context.Response.Body.CopyToAsync(body);
        return (context.Response.ContentType, body.ToArray());
    }

    /// <summary>One GET with the sign-in cookie, its answer read to the end; anything but 200 stops the run.</summary>
    private async Task<int> GetAsync(TestServer server, string path)
    {
        var context = await SendAsync(server, path);
        var body = context.Response.Body;
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(sink)) > 0)
        {
            length += read;
        }

        return length;
    }

    private async Task<HttpContext> SendAsync(TestServer server, string path)
    {
        var context = await server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = path;
            request.Request.Headers.Cookie = cookieHeader;
        });
        return context.Response.StatusCode == StatusCodes.Status200OK
            ? context
            : throw new InvalidOperationException($"{path} answered {context.Response.StatusCode}.");
    }
}
