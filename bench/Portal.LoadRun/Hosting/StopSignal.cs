using System.Runtime.InteropServices;

namespace Portal.LoadRun.Hosting;

/// <summary>Ctrl-C and SIGTERM cancel <see cref="Token"/> instead of ending the process, so the load run stops what it started.</summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;

    public StopSignal()
    {
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    public CancellationToken Token => stopping.Token;

    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        stopping.Dispose();
    }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stopping.Cancel();
    }
}
