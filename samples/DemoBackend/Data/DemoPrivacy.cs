namespace Portal.Demo.Backend.Data;

/// <summary>One Platform user's GDPR records: the consent log and cookie choices, and their data-export requests, newest first.</summary>
internal sealed record DemoPrivacy(IReadOnlyList<DemoConsent> Consents, IReadOnlyList<DemoCookieConsent> CookieConsents, List<DemoDataExport> Exports);
