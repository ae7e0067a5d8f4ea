namespace Portal.Domain.Profile;

/// <summary>The languages the Platform's profile offers (<c>preferred_language</c>).</summary>
public static class ProfileLanguages
{
    public const string English = "en";

    public const string Romanian = "ro";

    public static IReadOnlyList<string> All { get; } = [English, Romanian];

    public static bool IsKnown(string? code) => code is English or Romanian;
}
