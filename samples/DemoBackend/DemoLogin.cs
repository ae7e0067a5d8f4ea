namespace Portal.Demo.Backend;

/// <summary>A login the demo accepts, with what it shows (printed at start-up).</summary>
public sealed record DemoLogin(string Email, string Password, string Description);
