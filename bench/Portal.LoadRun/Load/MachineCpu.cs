using System.Globalization;

namespace Portal.LoadRun.Load;

/// <summary>
/// The CPU time every process on the machine has used so far (Linux's <c>/proc/stat</c>): with Portal, the load
/// generator, nats-server and the demo backend sharing the cores, a target's requests/s is the cores divided by all of
/// their CPU per request, not by the server's alone. Null where <c>/proc/stat</c> is not there.
/// </summary>
internal static class MachineCpu
{
    private const string StatPath = "/proc/stat";

    /// <summary>user, nice, system, irq, softirq and steal of the first (all-CPU) line; idle and iowait are not busy.</summary>
    private static readonly int[] BusyFields = [1, 2, 3, 6, 7, 8];

    public static TimeSpan? Busy()
    {
        if (!File.Exists(StatPath))
        {
            return null;
        }

        var fields = File.ReadLines(StatPath).First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = BusyFields.Where(field => field < fields.Length).Sum(field => long.Parse(fields[field], NumberStyles.None, CultureInfo.InvariantCulture));

        // The kernel counts in USER_HZ, 100 a second on every Linux .NET runs on.
        return TimeSpan.FromMilliseconds(ticks * 10.0);
    }
}
