namespace Portal.Web.Pages;

/// <summary>A form's stored values as it shows them, by field name, for <c>_Shown.cshtml</c>'s hidden inputs.</summary>
public sealed record ShownFields(FormPageModel Page, IReadOnlyDictionary<string, string?> Fields);
