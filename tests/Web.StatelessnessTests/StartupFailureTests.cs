using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Web.StatelessnessTests.Infrastructure;

namespace Portal.Web.StatelessnessTests;

/// <summary>
/// Portal as a process that cannot start: NATS unreachable stops it exactly like an invalid setting does, with one line
/// "Portal cannot start: …" on standard error, exit code 1 and no stack trace.
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly string sandbox = Directory.CreateTempSubdirectory("portal-startup-failure-").FullName;

    [Fact]
    public async Task Nats_unreachable_at_start_is_one_line_and_exit_code_1()
    {
        // A loopback port nobody listens on; the password must not be printed.
        var (exitCode, output) = await PortalProcess.RunToExitAsync(Settings($"nats://portal:hunter2@127.0.0.1:{NatsServer.FreePort()}"), sandbox);

        AssertOneLineFailure(exitCode, output);
        Assert.Contains("NATS_URL", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_setting_is_the_same_one_line_and_exit_code_1()
    {
        var settings = Settings("nats://127.0.0.1:4222");
        settings["SECRET_KEY"] = "short";

        var (exitCode, output) = await PortalProcess.RunToExitAsync(settings, sandbox);

        AssertOneLineFailure(exitCode, output);
        Assert.Contains("SECRET_KEY", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(sandbox, recursive: true);

    private static void AssertOneLineFailure(int exitCode, string output)
    {
        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("Portal cannot start: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Settings(string natsUrl) => new()
    {
        ["NATS_URL"] = natsUrl,
        ["PLATFORM_API_URL"] = "http://127.0.0.1:9/api",
        ["PLATFORM_API_SECRET"] = "startup-failure-platform-secret-0123456789abcdef",
        ["PORTAL_ID"] = "portal-startup-failure",
        ["SECRET_KEY"] = "startup-failure-secret-key-0123456789abcdef",
        ["PORT"] = NatsServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
