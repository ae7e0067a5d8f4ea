namespace Portal.Application;

/// <summary>Anchors assembly scanning (handlers, validators) and the architecture tests to this assembly.</summary>
public sealed class ApplicationAssembly
{
    private ApplicationAssembly()
    {
    }
}
