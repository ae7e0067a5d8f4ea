namespace Portal.Architecture.Tests.Rules;

/// <summary>
/// One thing a type refers to: a type (generic arguments already split off), in some assembly, optionally one of its
/// members; <see cref="Via"/> says where the reference sits (a field, a parameter, an instruction in a method body).
/// </summary>
public sealed record Dependency(string TypeName, string AssemblyName, string? MemberName, string Via)
{
    /// <summary><c>Type</c> or <c>Type::member</c>, the way violations name the reference.</summary>
    public string Target => MemberName is null ? TypeName : $"{TypeName}::{MemberName}";
}
