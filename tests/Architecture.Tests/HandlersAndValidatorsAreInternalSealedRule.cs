using Mono.Cecil;
using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>Every MediatR handler and every FluentValidation validator is <c>internal sealed</c>: only MediatR and the validation pipeline reach them.</summary>
public sealed class HandlersAndValidatorsAreInternalSealedRule
{
    private const string Requests = "Portal.Architecture.Tests.BadFixture.Requests.";

    public static TheoryData<string> ApplicationAssemblies => AllOf(PortalApplication);

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Handlers_are_internal_sealed(string assembly) => RuleAssert.Holds(Handlers(Load(assembly)));

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Validators_are_internal_sealed(string assembly) => RuleAssert.Holds(Validators(Load(assembly)));

    [Fact]
    public void Fixture_is_caught_with_a_public_unsealed_handler()
    {
        var result = Handlers(Load(Fixture));
        RuleAssert.Reports(result, Requests + "TwoHandlerQuerySecondHandler", "public");
        RuleAssert.Reports(result, Requests + "TwoHandlerQuerySecondHandler", "not sealed");
        Assert.DoesNotContain(result.Violations, v => v.Source == Requests + "TwoHandlerQueryHandler");
    }

    [Fact]
    public void Fixture_is_caught_with_a_public_unsealed_validator()
    {
        var result = Validators(Load(Fixture));
        RuleAssert.Reports(result, Requests + "MutableCommandValidator", "public");
        RuleAssert.Reports(result, Requests + "MutableCommandValidator", "not sealed");
    }

    public static RuleResult Handlers(LoadedAssembly subject) =>
        Types.InAssembly(subject).That().Are(MediatorConventions.IsHandler).Should().Satisfy(t => InternalSealed(t, "handler"));

    public static RuleResult Validators(LoadedAssembly subject) =>
        Types.InAssembly(subject).That().Are(MediatorConventions.IsValidator).Should().Satisfy(t => InternalSealed(t, "validator"));

    private static IEnumerable<Violation> InternalSealed(TypeDefinition type, string kind)
    {
        if (type.IsVisibleOutsideAssembly())
        {
            yield return new Violation(Names.Of(type), "public", $"a {kind} must be internal sealed");
        }

        if (!type.IsSealed)
        {
            yield return new Violation(Names.Of(type), "not sealed", $"a {kind} must be internal sealed");
        }
    }
}
