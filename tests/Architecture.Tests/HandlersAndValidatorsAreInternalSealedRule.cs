using FluentValidation;
using MediatR;
using NetArchTest.Rules;
using Portal.Architecture.Tests.TypeRules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>Every MediatR handler and every FluentValidation validator is <c>internal sealed</c>: only MediatR and the validation pipeline reach them.</summary>
public sealed class HandlersAndValidatorsAreInternalSealedRule
{
    private const string Requests = "Portal.Architecture.Tests.BadFixture.Requests.";

    public static TheoryData<string> ApplicationAssemblies => AllOf(PortalApplication);

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Handlers_are_internal_sealed(string assembly) => TypeRuleAssert.Holds(Handlers(assembly));

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Validators_are_internal_sealed(string assembly) => TypeRuleAssert.Holds(Validators(assembly));

    [Fact]
    public void Fixture_is_caught_with_a_public_unsealed_handler()
    {
        var result = Handlers(Fixture);
        TypeRuleAssert.Reports(result, Requests + "TwoHandlerQuerySecondHandler");
        TypeRuleAssert.DoesNotReport(result, Requests + "TwoHandlerQueryHandler");
    }

    [Fact]
    public void Fixture_is_caught_with_a_public_unsealed_validator() =>
        TypeRuleAssert.Reports(Validators(Fixture), Requests + "MutableCommandValidator");

    /// <summary>A handler implements IRequestHandler&lt;TRequest, TResponse&gt; or IRequestHandler&lt;TRequest&gt;, or derives from AsyncRequestHandler&lt;TRequest&gt;.</summary>
    public static PredicateList SelectHandlers(string subject) =>
        TypesIn(subject).That()
            .ImplementInterface(typeof(IRequestHandler<,>))
            .Or().ImplementInterface(typeof(IRequestHandler<>))
            .Or().Inherit(typeof(AsyncRequestHandler<>));

    /// <summary>A validator is a concrete class deriving, directly or through a base of ours, from AbstractValidator&lt;T&gt;.</summary>
    public static PredicateList SelectValidators(string subject) =>
        TypesIn(subject).That().Inherit(typeof(AbstractValidator<>)).And().AreNotAbstract();

    public static TypeRuleResult Handlers(string subject) =>
        TypeRuleResult.Of(SelectHandlers(subject), handlers => handlers.BeSealed().And().NotBePublic());

    public static TypeRuleResult Validators(string subject) =>
        TypeRuleResult.Of(SelectValidators(subject), validators => validators.BeSealed().And().NotBePublic());
}
