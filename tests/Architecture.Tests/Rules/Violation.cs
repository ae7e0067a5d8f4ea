namespace Portal.Architecture.Tests.Rules;

/// <summary>One broken rule: the offending type (or assembly), what it refers to or what is wrong, and where.</summary>
public sealed record Violation(string Source, string Reference, string Via)
{
    public override string ToString() => $"{Source} -> {Reference} ({Via})";
}
