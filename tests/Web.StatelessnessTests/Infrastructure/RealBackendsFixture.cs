using Xunit.Abstractions;

namespace Portal.Web.StatelessnessTests.Infrastructure;

/// <summary>One real stack shared by a class's tests: nats-server, the demo backend (HTPI and Platform) and one Portal.</summary>
public sealed class RealBackendsFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private PortalStack? stack;

    public PortalProcess Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        stack = await PortalStack.StartAsync(new DiagnosticOutput(diagnostics));
        Portal = await stack.StartPortalAsync();
    }

    public async Task DisposeAsync()
    {
        if (stack is not null)
        {
            await stack.DisposeAsync();
        }
    }
}
