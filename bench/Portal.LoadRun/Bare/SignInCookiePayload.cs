namespace Portal.LoadRun.Bare;

/// <summary>The JSON inside Portal's sign-in cookie (src/Web/README.md, "Sign-in cookie and CSRF").</summary>
internal sealed record SignInCookiePayload(int Version, string? Token, string? UserId, string? Name);
