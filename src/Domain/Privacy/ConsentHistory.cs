namespace Portal.Domain.Privacy;

/// <summary>What the user consented to and when: the consent log and the cookie-consent choices, each newest first.</summary>
public sealed record ConsentHistory(IReadOnlyList<ConsentEvent> Events, IReadOnlyList<CookieConsent> CookieConsents);
