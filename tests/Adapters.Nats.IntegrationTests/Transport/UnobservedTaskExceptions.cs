namespace Portal.Adapters.Nats.IntegrationTests.Transport;

/// <summary>Collects unobserved task exceptions raised by the transport while a test runs.</summary>
internal sealed class UnobservedTaskExceptions : IDisposable
{
    private readonly List<Exception> _seen = [];

    public UnobservedTaskExceptions() => TaskScheduler.UnobservedTaskException += OnUnobserved;

    /// <summary>Forces finalization of abandoned tasks, then fails if any of them held a transport exception.</summary>
    public void AssertNone()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        lock (_seen)
        {
            Assert.Empty(_seen);
        }
    }

    public void Dispose() => TaskScheduler.UnobservedTaskException -= OnUnobserved;

    private void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
    {
        if (e.Exception.ToString().Contains("Portal.Adapters.Nats", StringComparison.Ordinal))
        {
            lock (_seen)
            {
                _seen.Add(e.Exception);
            }
        }
    }
}
