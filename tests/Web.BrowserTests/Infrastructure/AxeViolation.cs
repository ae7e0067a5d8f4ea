namespace Portal.Web.BrowserTests.Infrastructure;

/// <summary>One rule axe-core found broken on a page, with the CSS selectors of the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Help, string[] Targets)
{
    public override string ToString() => $"{Id} ({Help}): {string.Join(" | ", Targets)}";
}
