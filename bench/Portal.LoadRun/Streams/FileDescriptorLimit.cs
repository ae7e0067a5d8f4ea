using System.Runtime.InteropServices;

namespace Portal.LoadRun.Streams;

/// <summary>
/// Raises this process's soft RLIMIT_NOFILE to its hard limit before anything is started: every open stream is a socket
/// here and one in Portal, and the child processes inherit the raised limit.
/// </summary>
internal static partial class FileDescriptorLimit
{
    private const int ResourceOpenFiles = 7; // RLIMIT_NOFILE on Linux

    /// <summary>Answers the soft limit now in force.</summary>
    public static ulong RaiseToHardLimit()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The live-stream run raises RLIMIT_NOFILE through Linux's setrlimit.");
        }

        var limit = default(ResourceLimit);
        if (GetResourceLimit(ResourceOpenFiles, ref limit) != 0)
        {
            throw new InvalidOperationException($"getrlimit(RLIMIT_NOFILE) failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        if (limit.Current < limit.Maximum)
        {
            var raised = limit with { Current = limit.Maximum };
            if (SetResourceLimit(ResourceOpenFiles, ref raised) != 0)
            {
                throw new InvalidOperationException($"setrlimit(RLIMIT_NOFILE) failed: errno {Marshal.GetLastPInvokeError()}.");
            }

            return raised.Current;
        }

        return limit.Current;
    }

    [LibraryImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static partial int GetResourceLimit(int resource, ref ResourceLimit limit);

    [LibraryImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetResourceLimit(int resource, ref ResourceLimit limit);

    [StructLayout(LayoutKind.Sequential)]
    private record struct ResourceLimit(ulong Current, ulong Maximum);
}
