namespace Portal.Demo.Backend.Data;

/// <summary>One entry of a user's GDPR consent log (gdpr/consent-history/ <c>consent_history</c>).</summary>
internal sealed record DemoConsent(DateTimeOffset At, string Action, string Status);
