using System.Diagnostics;
using OpenTelemetry;

namespace Portal.Web.FunctionalTests.Telemetry;

/// <summary>
/// Tells when a trace is complete: its root span (the first that matches) has ended and no span of its trace is still
/// open. A page's response can reach the test before the server span ends, and a backend's span ends after the answer
/// it sent; both are waited for this way rather than by time.
/// </summary>
internal sealed class TraceSettling(Func<Activity, bool> isRoot) : BaseProcessor<Activity>
{
    private readonly Dictionary<ActivityTraceId, int> open = [];
    private readonly TaskCompletionSource<Activity> settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Activity? root;

    /// <summary>The root span, once it and every span of its trace have ended.</summary>
    public Task<Activity> Settled => settled.Task;

    public override void OnStart(Activity data)
    {
        lock (open)
        {
            open[data.TraceId] = open.GetValueOrDefault(data.TraceId) + 1;
        }
    }

    public override void OnEnd(Activity data)
    {
        lock (open)
        {
            open[data.TraceId] = open.GetValueOrDefault(data.TraceId) - 1;
            if (root is null && isRoot(data))
            {
                root = data;
            }

            if (root is not null && open[root.TraceId] == 0)
            {
                settled.TrySetResult(root);
            }
        }
    }
}
