namespace Portal.Web.StatelessnessTests.Infrastructure;

/// <summary>How <see cref="PortalProcess"/> starts Portal, beyond its settings, port and sandbox.</summary>
/// <param name="WorkingDirectory">
/// Portal's working directory, hence its content root; the sandbox when null. The browser tests need src/Web, where
/// wwwroot (CSS, live.js) lives.
/// </param>
public sealed record PortalProcessOptions(string? WorkingDirectory = null);
