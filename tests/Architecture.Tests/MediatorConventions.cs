using Mono.Cecil;
using Portal.Architecture.Tests.Rules;

namespace Portal.Architecture.Tests;

/// <summary>How the rules recognise MediatR requests and handlers, FluentValidation validators and ports, by interface, base type and namespace.</summary>
public static class MediatorConventions
{
    private static readonly string[] HandlerMarkers =
    [
        "MediatR.IRequestHandler`2",
        "MediatR.IRequestHandler`1",
        "MediatR.RequestHandler`2",
        "MediatR.RequestHandler`1",
        "MediatR.AsyncRequestHandler`1",
    ];

    public static bool IsRequest(TypeDefinition type) =>
        !type.IsInterface && (type.Implements("MediatR.IRequest`1") || type.Implements("MediatR.IRequest"));

    public static bool IsHandler(TypeDefinition type) => !type.IsInterface && HandlerMarkers.Any(m => type.InstancesOf(m).Any());

    /// <summary>The requests a handler handles (the first generic argument of each handler interface or base class).</summary>
    public static IEnumerable<string> RequestsHandledBy(TypeDefinition handler) =>
        HandlerMarkers.SelectMany(handler.InstancesOf).Select(h => Names.Of(h.GenericArguments[0])).Distinct();

    /// <summary>A concrete class deriving from <c>AbstractValidator&lt;T&gt;</c>; an abstract base of validators is not one itself.</summary>
    public static bool IsValidator(TypeDefinition type) => !type.IsAbstract && ValidatedTypes(type).Any();

    /// <summary>T of every <c>FluentValidation.AbstractValidator&lt;T&gt;</c> the type derives from.</summary>
    public static IEnumerable<string> ValidatedTypes(TypeDefinition type) =>
        type.InstancesOf("FluentValidation.AbstractValidator`1").Select(v => Names.Of(v.GenericArguments[0]));

    /// <summary>A public interface in a namespace with a <c>Ports</c> segment.</summary>
    public static bool IsPort(TypeDefinition type) =>
        type.IsInterface && type.IsPublic && type.Namespace.Split('.').Contains("Ports");

    /// <summary>Any type in a <c>Portal.Application.*.Ports</c> namespace.</summary>
    public static readonly DependencyPattern ApplicationPort = DependencyPattern.Where(
        "a port in Portal.Application.*.Ports",
        d => d.TypeName.StartsWith("Portal.Application.", StringComparison.Ordinal) && d.TypeName.Split('.').SkipLast(1).Contains("Ports"));
}
