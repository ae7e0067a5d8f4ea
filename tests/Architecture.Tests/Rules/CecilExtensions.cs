using Mono.Cecil;

namespace Portal.Architecture.Tests.Rules;

/// <summary>Questions the request conventions ask about a type, answered from metadata alone.</summary>
public static class CecilExtensions
{
    /// <summary>
    /// The type itself and its base types as far as this assembly defines them (the first external base is included). A
    /// generic base's own base is seen with the arguments the derived type passes: from <c>X : Base&lt;Query&gt;</c> with
    /// <c>Base&lt;T&gt; : AbstractValidator&lt;T&gt;</c> comes <c>AbstractValidator&lt;Query&gt;</c>, not <c>AbstractValidator&lt;T&gt;</c>.
    /// </summary>
    public static IEnumerable<TypeReference> SelfAndBaseTypes(this TypeDefinition type)
    {
        TypeReference? current = type;
        while (current is not null)
        {
            yield return current;
            current = OwnDefinition(current)?.BaseType is { } baseType ? WithArgumentsOf(current, baseType) : null;
        }
    }

    /// <summary>
    /// Interfaces of the type and of its base types defined in this assembly, as generic instances where generic. Base
    /// types outside the assembly are not followed (rules look for MediatR and FluentValidation interfaces that our own
    /// types implement directly or through our own base classes).
    /// </summary>
    public static IEnumerable<TypeReference> AllInterfaces(this TypeDefinition type) =>
        type.SelfAndBaseTypes()
            .SelectMany(t => OwnDefinition(t)?.Interfaces.Select(i => WithArgumentsOf(t, i.InterfaceType)) ?? []);

    /// <summary>Generic instances of <paramref name="genericTypeFullName"/> (e.g. <c>MediatR.IRequestHandler`2</c>) among the type's interfaces and base types.</summary>
    public static IEnumerable<GenericInstanceType> InstancesOf(this TypeDefinition type, string genericTypeFullName) =>
        type.AllInterfaces()
            .Concat(type.SelfAndBaseTypes())
            .OfType<GenericInstanceType>()
            .Where(g => g.ElementType.FullName == genericTypeFullName);

    public static bool Implements(this TypeDefinition type, string interfaceFullName) =>
        type.AllInterfaces().Any(i => (i is GenericInstanceType g ? g.ElementType.FullName : i.FullName) == interfaceFullName);

    /// <summary>The definition of a type of this assembly, whether named plainly or as a generic instance; null for an external type.</summary>
    private static TypeDefinition? OwnDefinition(TypeReference type) =>
        type as TypeDefinition ?? (type as GenericInstanceType)?.ElementType as TypeDefinition;

    /// <summary>
    /// <paramref name="written"/>, a base type or interface as <paramref name="owner"/>'s definition writes it, with the
    /// definition's type parameters replaced by the arguments <paramref name="owner"/> carries (none: left as written).
    /// </summary>
    private static TypeReference WithArgumentsOf(TypeReference owner, TypeReference written)
    {
        if (owner is not GenericInstanceType arguments)
        {
            return written;
        }

        switch (written)
        {
            case GenericParameter { Type: GenericParameterType.Type } parameter when parameter.Position < arguments.GenericArguments.Count:
                return arguments.GenericArguments[parameter.Position];
            case GenericInstanceType generic:
                var substituted = new GenericInstanceType(generic.ElementType);
                foreach (var argument in generic.GenericArguments)
                {
                    substituted.GenericArguments.Add(WithArgumentsOf(owner, argument));
                }

                return substituted;
            default:
                return written;
        }
    }

    /// <summary>A property setter declared <c>init</c>: its return type carries the IsExternalInit required modifier.</summary>
    public static bool IsInitOnly(this MethodDefinition setter) =>
        setter.ReturnType is RequiredModifierType modifier
        && modifier.ModifierType.FullName == "System.Runtime.CompilerServices.IsExternalInit";
}
