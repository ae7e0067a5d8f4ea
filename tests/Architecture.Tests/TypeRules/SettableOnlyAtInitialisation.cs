using Mono.Cecil;
using NetArchTest.Rules;
using Portal.Architecture.Tests.Rules;

namespace Portal.Architecture.Tests.TypeRules;

/// <summary>
/// A NetArchTest custom rule: no public or internal field that is not readonly, and no property setter other than
/// <c>init</c>, on the type or a base class of its own assembly.
/// </summary>
public sealed class SettableOnlyAtInitialisation : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) => !Problems(type).Any();

    /// <summary>What can be changed after construction, e.g. <c>property Name</c> or <c>field Count</c>.</summary>
    public IEnumerable<string> Problems(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var ownTypes = type.SelfAndBaseTypes().OfType<TypeDefinition>().Where(t => t.Module == type.Module);
        foreach (var declaring in ownTypes)
        {
            foreach (var field in declaring.Fields.Where(f => !f.IsInitOnly && !f.IsLiteral && (f.IsPublic || f.IsAssembly || f.IsFamilyOrAssembly)))
            {
                yield return $"field {field.Name}";
            }

            foreach (var property in declaring.Properties.Where(p => p.SetMethod is not null && !p.SetMethod.IsInitOnly()))
            {
                yield return $"property {property.Name}";
            }
        }
    }
}
