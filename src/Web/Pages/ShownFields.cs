namespace Portal.Web.Pages;

/// <summary>A form's stored values as it shows them, by field name, for <c>_Shown.cshtml</c>'s hidden inputs.</summary>
public sealed record ShownFields(FormPageModel Page, IReadOnlyDictionary<string, string?> Fields)
{
    /// <summary>
    /// Whether the hidden inputs say the stored values as they are now even when a refused post comes back, rather than
    /// what that post said it showed: for a record gone since the form was shown, which the form now makes afresh, so the
    /// next save sends what the reader sees.
    /// </summary>
    public bool Afresh { get; init; }
}
