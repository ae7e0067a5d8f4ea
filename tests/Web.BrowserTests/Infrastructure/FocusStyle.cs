namespace Portal.Web.BrowserTests.Infrastructure;

/// <summary>The computed style that makes an element's focus visible.</summary>
public sealed record FocusStyle(string OutlineStyle, string OutlineWidth, string BoxShadow);
