namespace Portal.Demo.Backend.Data;

/// <summary>One cookie-consent choice (gdpr/consent-history/ <c>cookie_consent_history</c>).</summary>
internal sealed record DemoCookieConsent(
    Guid Id,
    string Status,
    bool Essential,
    bool Functional,
    bool Analytics,
    bool Marketing,
    string Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
