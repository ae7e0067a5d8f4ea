using Mono.Cecil;

namespace Portal.Architecture.Tests.Rules;

/// <summary>
/// Everything one top-level type refers to, its nested and compiler-generated types (lambdas' closures, async state
/// machines) included: signatures, attributes, locals and every type, method and field an IL instruction names.
/// </summary>
internal sealed class DependencyCollector
{
    private readonly TypeDefinition root;
    private readonly List<Dependency> found = [];

    private DependencyCollector(TypeDefinition root) => this.root = root;

    public static IReadOnlyList<Dependency> Collect(TypeDefinition outermostType)
    {
        var collector = new DependencyCollector(outermostType);
        collector.AddTypeDefinition(outermostType);
        if (outermostType.Name == "<Module>")
        {
            // Assembly- and module-level attributes belong to no type; they are charged to <Module>.
            collector.AddAttributes(outermostType.Module.Assembly, "assembly attribute");
            collector.AddAttributes(outermostType.Module, "module attribute");
        }

        return collector.found.Distinct().ToList();
    }

    private void AddTypeDefinition(TypeDefinition type)
    {
        var prefix = type == root ? string.Empty : $"{Names.Of(type)[(Names.Of(root).Length + 1)..]}.";
        AddType(type.BaseType, $"{prefix}base type");
        foreach (var implementation in type.Interfaces)
        {
            AddType(implementation.InterfaceType, $"{prefix}interface");
            AddAttributes(implementation, $"{prefix}interface attribute");
        }

        AddGenericParameters(type, $"{prefix}generic constraint");
        AddAttributes(type, $"{prefix}attribute");

        foreach (var field in type.Fields)
        {
            AddType(field.FieldType, $"field {prefix}{field.Name}");
            AddAttributes(field, $"field {prefix}{field.Name}");
        }

        foreach (var property in type.Properties)
        {
            AddType(property.PropertyType, $"property {prefix}{property.Name}");
            AddAttributes(property, $"property {prefix}{property.Name}");
        }

        foreach (var @event in type.Events)
        {
            AddType(@event.EventType, $"event {prefix}{@event.Name}");
            AddAttributes(@event, $"event {prefix}{@event.Name}");
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method, $"{prefix}{method.Name}");
        }

        foreach (var nested in type.NestedTypes)
        {
            AddTypeDefinition(nested);
        }
    }

    private void AddMethod(MethodDefinition method, string name)
    {
        AddType(method.ReturnType, $"return of {name}");
        AddAttributes(method, $"attribute of {name}");
        AddAttributes(method.MethodReturnType, $"return attribute of {name}");
        AddGenericParameters(method, $"generic constraint of {name}");
        foreach (var parameter in method.Parameters)
        {
            AddType(parameter.ParameterType, $"parameter {parameter.Name} of {name}");
            AddAttributes(parameter, $"parameter {parameter.Name} of {name}");
        }

        foreach (var overridden in method.Overrides)
        {
            AddMember(overridden, $"override in {name}");
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (var variable in method.Body.Variables)
        {
            AddType(variable.VariableType, $"local in {name}");
        }

        foreach (var handler in method.Body.ExceptionHandlers)
        {
            AddType(handler.CatchType, $"catch in {name}");
        }

        foreach (var instruction in method.Body.Instructions)
        {
            var via = $"{instruction.OpCode.Name} in {name}";
            switch (instruction.Operand)
            {
                case MemberReference member:
                    AddMember(member, via);
                    break;
                case CallSite callSite:
                    AddType(callSite.ReturnType, via);
                    foreach (var parameter in callSite.Parameters)
                    {
                        AddType(parameter.ParameterType, via);
                    }

                    break;
            }
        }
    }

    private void AddGenericParameters(IGenericParameterProvider provider, string via)
    {
        foreach (var parameter in provider.GenericParameters)
        {
            AddAttributes(parameter, via);
            foreach (var constraint in parameter.Constraints)
            {
                AddType(constraint.ConstraintType, via);
                AddAttributes(constraint, via);
            }
        }
    }

    private void AddMember(MemberReference member, string via)
    {
        switch (member)
        {
            case TypeReference type:
                AddType(type, via);
                break;
            case GenericInstanceMethod genericMethod:
                foreach (var argument in genericMethod.GenericArguments)
                {
                    AddType(argument, via);
                }

                AddMember(genericMethod.ElementMethod, via);
                break;
            case MethodReference method:
                AddType(method.DeclaringType, via);
                Add(method.DeclaringType, method.Name, via);
                AddType(method.ReturnType, via);
                foreach (var parameter in method.Parameters)
                {
                    AddType(parameter.ParameterType, via);
                }

                break;
            case FieldReference field:
                AddType(field.DeclaringType, via);
                Add(field.DeclaringType, field.Name, via);
                AddType(field.FieldType, via);
                break;
        }
    }

    private void AddType(TypeReference? type, string via)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                AddType(generic.ElementType, via);
                foreach (var argument in generic.GenericArguments)
                {
                    AddType(argument, via);
                }

                return;
            case IModifierType modified:
                AddType(modified.ModifierType, via);
                AddType(modified.ElementType, via);
                return;
            case FunctionPointerType pointer:
                AddType(pointer.ReturnType, via);
                foreach (var parameter in pointer.Parameters)
                {
                    AddType(parameter.ParameterType, via);
                }

                return;
            case TypeSpecification specification:
                AddType(specification.ElementType, via);
                return;
            default:
                Add(type, memberName: null, via);
                return;
        }
    }

    private void Add(TypeReference type, string? memberName, string via)
    {
        var element = type;
        while (element is TypeSpecification specification)
        {
            element = specification.ElementType;
        }

        if (element is GenericParameter)
        {
            return;
        }

        var assemblyName = Names.AssemblyOf(element);
        var isSelf = assemblyName == root.Module.Assembly.Name.Name && Names.Of(Names.Outermost(element)) == Names.Of(root);
        if (!isSelf)
        {
            found.Add(new Dependency(Names.Of(element), assemblyName, memberName, via));
        }
    }

    private void AddAttributes(ICustomAttributeProvider provider, string via)
    {
        if (!provider.HasCustomAttributes)
        {
            return;
        }

        foreach (var attribute in provider.CustomAttributes)
        {
            AddMember(attribute.Constructor, via);
            foreach (var argument in attribute.ConstructorArguments)
            {
                AddAttributeArgument(argument, via);
            }

            foreach (var named in attribute.Fields.Concat(attribute.Properties))
            {
                AddAttributeArgument(named.Argument, via);
            }
        }
    }

    private void AddAttributeArgument(CustomAttributeArgument argument, string via)
    {
        AddType(argument.Type, via);
        switch (argument.Value)
        {
            case TypeReference type:
                AddType(type, via);
                break;
            case CustomAttributeArgument boxed:
                AddAttributeArgument(boxed, via);
                break;
            case CustomAttributeArgument[] array:
                foreach (var element in array)
                {
                    AddAttributeArgument(element, via);
                }

                break;
        }
    }
}
