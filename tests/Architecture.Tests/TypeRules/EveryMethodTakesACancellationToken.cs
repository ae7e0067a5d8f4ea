using Mono.Cecil;
using NetArchTest.Rules;

namespace Portal.Architecture.Tests.TypeRules;

/// <summary>A NetArchTest custom rule: every method the type declares takes a <see cref="CancellationToken"/>.</summary>
public sealed class EveryMethodTakesACancellationToken : ICustomRule
{
    public bool MeetsRule(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Methods.All(m => m.Parameters.Any(p => p.ParameterType.FullName == typeof(CancellationToken).FullName));
    }
}
