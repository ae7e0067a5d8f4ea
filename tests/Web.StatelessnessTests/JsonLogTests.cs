using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Testing.Support;
using Portal.Web.StatelessnessTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// <c>LOG_FORMAT=json</c> on a real Portal process against the real backends: every line it prints is one JSON object,
/// every line written during a request carries the request's trace and span ids, and no line holds a password, a key,
/// the sign-in cookie or a full SSN, with Portal's own lines at Debug and the framework's per-request lines on.
/// </summary>
public sealed partial class JsonLogTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Dana = "dana.whitfield@example.com";
    private const string DanasPassword = "demo-password-1";
    private const string WrongPassword = "not-danas-password-7781";
    private const string Practice = "/t/tnt-riverside";

    private PortalStack? stack;

    public async Task InitializeAsync() => stack = await PortalStack.StartAsync(output);

    public async Task DisposeAsync()
    {
        if (stack is not null)
        {
            await stack.DisposeAsync();
        }
    }

    [Fact]
    public async Task Json_lines_carry_trace_ids_and_no_secret_tokens_or_ssns()
    {
        var portal = await stack!.StartPortalAsync(new Dictionary<string, string>
        {
            ["LOG_FORMAT"] = "json",
            ["Logging__LogLevel__Portal"] = "Debug",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
            ["Logging__LogLevel__System.Net.Http.HttpClient"] = "Information",
        });
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = portal.Address };
        using (var refused = await PortalForms.SignInAsync(browser, Dana, WrongPassword))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using (var signIn = await PortalForms.SignInAsync(browser, Dana, DanasPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var patients = await PageAsync(browser, Practice + "/patients");
        var patient = PatientLink().Match(patients).Value;
        foreach (var page in new[] { Practice, patient, Practice + "/billing/invoices", Practice + "/tickets" })
        {
            await PageAsync(browser, page);
        }

        var lines = portal.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = lines.Select(Parse).ToList();
        var inRequests = entries.Where(entry => Scope(entry, "RequestId") is not null).ToList();
        Assert.True(inRequests.Count >= 12, $"Only {inRequests.Count} lines were written during requests:\n{portal.Output}");
        Assert.All(inRequests, entry =>
        {
            Assert.Matches("^[0-9a-f]{32}$", Scope(entry, "TraceId"));
            Assert.Matches("^[0-9a-f]{16}$", Scope(entry, "SpanId"));
        });

        var secrets = new List<string> { DanasPassword, WrongPassword, PortalStack.SecretKey, PortalStack.PlatformSecret };
        secrets.AddRange(cookies.GetAllCookies().Select(cookie => cookie.Value).Where(value => value.Length >= 16));
        foreach (var line in lines)
        {
            Assert.DoesNotContain(secrets, secret => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotMatch(FullSsn(), line);
        }
    }

    private static JsonElement Parse(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var entry = json.RootElement.Clone();
            Assert.Equal(JsonValueKind.Object, entry.ValueKind);
            Assert.True(entry.TryGetProperty("LogLevel", out _), line);
            Assert.True(entry.TryGetProperty("Category", out _), line);
            Assert.True(entry.TryGetProperty("Message", out _), line);
            return entry;
        }
        catch (JsonException exception)
        {
            throw new Xunit.Sdk.XunitException($"Not a JSON line: {line} ({exception.Message})");
        }
    }

    /// <summary>The value of <paramref name="name"/> in any of the line's scopes, or null.</summary>
    private static string? Scope(JsonElement entry, string name) =>
        entry.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray()
                .Where(scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(name, out _))
                .Select(scope => scope.GetProperty(name).ToString())
                .FirstOrDefault()
            : null;

    private static async Task<string> PageAsync(HttpClient browser, string page)
    {
        using var answer = await browser.GetAsync(new Uri(page, UriKind.Relative));
        var html = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)answer.StatusCode}");
        return html;
    }

    [GeneratedRegex(@"/t/tnt-riverside/patients/(?!new)[A-Za-z0-9_-]+")]
    private static partial Regex PatientLink();

    [GeneratedRegex(@"(?<![0-9])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9])")]
    private static partial Regex FullSsn();
}
