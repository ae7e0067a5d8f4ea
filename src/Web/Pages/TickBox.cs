namespace Portal.Web.Pages;

/// <summary>A labelled tick box of a form with the messages shown beside it.</summary>
public sealed record TickBox(string Name, string Label, bool Ticked, IReadOnlyList<string> Errors);
