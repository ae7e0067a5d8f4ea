using Portal.Adapters.Nats.Messaging;

namespace Portal.Architecture.Tests.BadFixture.Web;

/// <summary>A composition root that reaches past the adapter's DependencyInjection class into its internals.</summary>
public static class CompositionRoot
{
    public static Type Bus => typeof(IMessageBus);
}
