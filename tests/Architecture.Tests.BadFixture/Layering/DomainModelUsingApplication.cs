using Portal.Application.Tenants.Ports;

namespace Portal.Architecture.Tests.BadFixture.Layering;

/// <summary>Breaks the layer direction when treated as Domain: a domain model holding an Application port.</summary>
public sealed class DomainModelUsingApplication(ITenantDirectory directory)
{
    public ITenantDirectory Directory { get; } = directory;
}
