using System.Globalization;

namespace Portal.LoadRun.Probe;

/// <summary>
/// Two running totals of one .NET process: the bytes it has allocated (<c>GC.GetTotalAllocatedBytes(precise: true)</c>)
/// and the methods its JIT has compiled (<c>JitInfo.GetCompiledMethodCount()</c>, tier-up recompilations included). The
/// difference of two readings is what the process did in between: its allocations per request, and whether its tiered
/// JIT is still compiling, i.e. whether it has warmed up.
/// </summary>
internal readonly record struct RuntimeCounters(long AllocatedBytes, long CompiledMethods)
{
    /// <summary>How a process tells them: both totals in decimal, separated by one space.</summary>
    public static string Current() => string.Create(
        CultureInfo.InvariantCulture, $"{GC.GetTotalAllocatedBytes(precise: true)} {System.Runtime.JitInfo.GetCompiledMethodCount()}");

    public static RuntimeCounters Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0
            ? new RuntimeCounters(
                long.Parse(text.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture),
                long.Parse(text.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture))
            : throw new FormatException($"'{text}' is not two counters.");
    }

    public static RuntimeCounters operator -(RuntimeCounters later, RuntimeCounters earlier) =>
        new(later.AllocatedBytes - earlier.AllocatedBytes, later.CompiledMethods - earlier.CompiledMethods);

    public static RuntimeCounters operator +(RuntimeCounters left, RuntimeCounters right) =>
        new(left.AllocatedBytes + right.AllocatedBytes, left.CompiledMethods + right.CompiledMethods);
}
