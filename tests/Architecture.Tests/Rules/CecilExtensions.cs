using Mono.Cecil;

namespace Portal.Architecture.Tests.Rules;

/// <summary>Questions the convention rules ask about a type, answered from metadata alone.</summary>
public static class CecilExtensions
{
    public static bool IsCompilerGenerated(this TypeDefinition type) =>
        type.Name.StartsWith('<')
        || type.CustomAttributes.Any(a => a.AttributeType.FullName is
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute" or "Microsoft.CodeAnalysis.EmbeddedAttribute");

    /// <summary>The type itself and its base types as far as this assembly defines them (the first external base is included).</summary>
    public static IEnumerable<TypeReference> SelfAndBaseTypes(this TypeDefinition type)
    {
        TypeReference? current = type;
        while (current is not null)
        {
            yield return current;
            current = (current as TypeDefinition ?? (current as GenericInstanceType)?.ElementType as TypeDefinition)?.BaseType;
        }
    }

    /// <summary>
    /// Interfaces of the type and of its base types defined in this assembly, as generic instances where generic. Base
    /// types outside the assembly are not followed (rules look for MediatR and FluentValidation interfaces that our own
    /// types implement directly or through our own base classes).
    /// </summary>
    public static IEnumerable<TypeReference> AllInterfaces(this TypeDefinition type) =>
        type.SelfAndBaseTypes()
            .Select(t => t as TypeDefinition ?? (t as GenericInstanceType)?.ElementType as TypeDefinition)
            .OfType<TypeDefinition>()
            .SelectMany(t => t.Interfaces.Select(i => i.InterfaceType));

    /// <summary>Generic instances of <paramref name="genericTypeFullName"/> (e.g. <c>MediatR.IRequestHandler`2</c>) among the type's interfaces and base types.</summary>
    public static IEnumerable<GenericInstanceType> InstancesOf(this TypeDefinition type, string genericTypeFullName) =>
        type.AllInterfaces()
            .Concat(type.SelfAndBaseTypes())
            .OfType<GenericInstanceType>()
            .Where(g => g.ElementType.FullName == genericTypeFullName);

    public static bool Implements(this TypeDefinition type, string interfaceFullName) =>
        type.AllInterfaces().Any(i => (i is GenericInstanceType g ? g.ElementType.FullName : i.FullName) == interfaceFullName);

    public static bool IsVisibleOutsideAssembly(this TypeDefinition type) => type.IsPublic || type.IsNestedPublic;

    /// <summary>A property setter declared <c>init</c>: its return type carries the IsExternalInit required modifier.</summary>
    public static bool IsInitOnly(this MethodDefinition setter) =>
        setter.ReturnType is RequiredModifierType modifier
        && modifier.ModifierType.FullName == "System.Runtime.CompilerServices.IsExternalInit";
}
