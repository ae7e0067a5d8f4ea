using Mono.Cecil;
using Portal.Architecture.Tests.Rules;

namespace Portal.Architecture.Tests;

/// <summary>
/// How the Cecil rule recognises MediatR requests and handlers and FluentValidation validators, by interface and base type,
/// following generic bases of our own (NetArchTest's ImplementInterface and Inherit do not say which request a handler or
/// validator is for).
/// </summary>
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
}
