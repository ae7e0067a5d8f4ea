namespace Portal.Web.Pages;

/// <summary>One labelled form field with its value and the messages shown beside it.</summary>
public sealed record FormField(
    string Name,
    string Label,
    string? Value,
    IReadOnlyList<string> Errors,
    int MaxLength,
    string Type = "text",
    bool Required = true,
    string AutoComplete = "off");
