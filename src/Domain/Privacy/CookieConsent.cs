namespace Portal.Domain.Privacy;

/// <summary>One cookie-consent choice the user made, with what it allowed.</summary>
public sealed record CookieConsent(
    string Status,
    bool Essential,
    bool Functional,
    bool Analytics,
    bool Marketing,
    string? Version,
    DateTimeOffset? At);
