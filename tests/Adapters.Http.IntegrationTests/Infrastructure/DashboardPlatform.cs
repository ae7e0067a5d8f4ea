using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>
/// The three summaries a dashboard page asks the Platform for, served by a <see cref="FakePlatform"/> that can be hung:
/// while hung, every request is held open (until Portal gives up on it or <see cref="Resume"/> answers it), and its
/// arrival is reported per path and user so a test can tell "hanging at the Platform" from "not sent".
/// </summary>
public sealed class DashboardPlatform
{
    public static readonly IReadOnlyList<(string Area, string Path)> Summaries =
    [
        ("billing", "billing/summary/"),
        ("services", "services/summary/"),
        ("support", "tickets/summary/"),
    ];

    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["billing/summary/"] = """
            {"success": true, "summary": {"total_invoices": 0, "draft_invoices": 0, "issued_invoices": 0, "overdue_invoices": 0,
              "paid_invoices": 0, "total_amount_due_cents": 0, "currency_code": "EUR", "recent_invoices": []}}
            """,
        ["services/summary/"] = """
            {"success": true, "data": {"summary": {"total_services": 1, "active_services": 1, "suspended_services": 0, "pending_services": 0,
              "overdue": 0, "expiring_soon": 0, "total_monthly_cost": 990}}}
            """,
        ["tickets/summary/"] = """
            {"success": true, "data": {"total_tickets": 1, "open_tickets": 1, "pending_tickets": 0, "resolved_tickets": 0}}
            """,
    };

    private readonly ConcurrentDictionary<(string Path, long User), TaskCompletionSource> arrivals = new();
    private TaskCompletionSource? hung;
    private int holding;
    private int peakHolding;

    /// <summary>The most requests the Platform held open at once.</summary>
    public int PeakHolding => Volatile.Read(ref peakHolding);

    public void ServeOn(FakePlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        foreach (var (_, path) in Summaries)
        {
            platform.On(path, (context, request) => HandleAsync(context, request, path));
        }
    }

    public void Hang() => Volatile.Write(ref hung, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Answers again, the requests held so far included.</summary>
    public void Resume() => Interlocked.Exchange(ref hung, null)?.TrySetResult();

    /// <summary>Completes when a request for <paramref name="path"/> by <paramref name="user"/> is being held.</summary>
    public Task HeldAsync(string path, string user) => Arrival(path, DashboardPage.PlatformUserIdOf(user)).Task;

    private TaskCompletionSource Arrival(string path, long user) =>
        arrivals.GetOrAdd((path, user), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task HandleAsync(HttpContext context, RecordedRequest request, string path)
    {
        if (Volatile.Read(ref hung) is { } held)
        {
            var now = Interlocked.Increment(ref holding);
            for (var peak = PeakHolding; now > peak; peak = PeakHolding)
            {
                Interlocked.CompareExchange(ref peakHolding, now, peak);
            }

            try
            {
                Arrival(path, request.Json.GetProperty("user_id").GetInt64()).TrySetResult();
                await held.Task.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            finally
            {
                Interlocked.Decrement(ref holding);
            }
        }

        await FakePlatform.WriteJsonAsync(context, Answers[path]);
    }
}
