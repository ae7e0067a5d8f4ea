namespace Portal.Architecture.Tests.Rules;

/// <summary>
/// An assembly or package an assembly depends on as a whole: a metadata assembly reference, or a library listed in
/// its deps.json (where an unused PackageReference still shows up).
/// </summary>
public sealed record AssemblyReference(string Name, string Description);
