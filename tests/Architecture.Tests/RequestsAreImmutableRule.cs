using Mono.Cecil;
using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Requests cannot change after validation: sealed, no public or internal field that is not readonly, and no property
/// setter other than <c>init</c> (its own or one inherited from a base class in the same assembly).
/// </summary>
public sealed class RequestsAreImmutableRule
{
    private const string MutableCommand = "Portal.Architecture.Tests.BadFixture.Requests.MutableCommand";

    public static TheoryData<string> ApplicationAssemblies => AllOf(PortalApplication);

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Requests_are_sealed_and_immutable(string assembly) => RuleAssert.Holds(Check(Load(assembly)));

    [Fact]
    public void Fixture_is_caught_with_a_mutable_request()
    {
        var result = Check(Load(Fixture));
        RuleAssert.Reports(result, MutableCommand, "property Name");
        RuleAssert.Reports(result, MutableCommand, "field Count");
        RuleAssert.Reports(result, MutableCommand, "not sealed");
        RuleAssert.DoesNotReport(result, MutableCommand, "property Label");
        Assert.DoesNotContain(result.Violations, v => v.Source == "Portal.Architecture.Tests.BadFixture.Requests.TwoHandlerQuery");
    }

    public static RuleResult Check(LoadedAssembly subject) =>
        Types.InAssembly(subject).That().Are(MediatorConventions.IsRequest).Should().Satisfy(Mutability);

    private static IEnumerable<Violation> Mutability(TypeDefinition request)
    {
        var name = Names.Of(request);
        if (!request.IsSealed)
        {
            yield return new Violation(name, "not sealed", "a request is sealed");
        }

        var ownTypes = request.SelfAndBaseTypes().OfType<TypeDefinition>().Where(t => t.Module == request.Module);
        foreach (var type in ownTypes)
        {
            foreach (var field in type.Fields.Where(f => !f.IsInitOnly && !f.IsLiteral && (f.IsPublic || f.IsAssembly || f.IsFamilyOrAssembly)))
            {
                yield return new Violation(name, $"field {field.Name}", "a request has no settable field");
            }

            foreach (var property in type.Properties.Where(p => p.SetMethod is not null && !p.SetMethod.IsInitOnly()))
            {
                yield return new Violation(name, $"property {property.Name}", "a request's properties have no setter but init");
            }
        }
    }
}
