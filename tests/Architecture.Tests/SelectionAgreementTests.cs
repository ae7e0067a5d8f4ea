using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// NetArchTest selects handlers, validators and requests by direct interfaces and base classes; the Cecil one-handler rule
/// by following generic bases of ours. Both engines must see the same types, or one of them would judge too few.
/// </summary>
public sealed class SelectionAgreementTests
{
    [Theory]
    [InlineData(PortalApplication)]
    [InlineData(Fixture)]
    public void Both_engines_select_the_same_handlers(string assembly) =>
        AssertSame(
            HandlersAndValidatorsAreInternalSealedRule.SelectHandlers(assembly).GetTypes(),
            Load(assembly).Types.Where(MediatorConventions.IsHandler));

    [Theory]
    [InlineData(PortalApplication)]
    [InlineData(Fixture)]
    public void Both_engines_select_the_same_validators(string assembly) =>
        AssertSame(
            HandlersAndValidatorsAreInternalSealedRule.SelectValidators(assembly).GetTypes(),
            Load(assembly).Types.Where(MediatorConventions.IsValidator));

    [Theory]
    [InlineData(PortalApplication)]
    [InlineData(Fixture)]
    public void Both_engines_select_the_same_requests(string assembly) =>
        AssertSame(
            RequestsAreImmutableRule.SelectRequests(assembly).GetTypes(),
            Load(assembly).Types.Where(MediatorConventions.IsRequest));

    private static void AssertSame(IEnumerable<Type> byNetArchTest, IEnumerable<Mono.Cecil.TypeDefinition> byCecil)
    {
        var netArchTest = byNetArchTest.Select(t => t.FullName ?? t.Name).Order(StringComparer.Ordinal).ToList();
        var cecil = byCecil.Select(Names.Of).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(cecil);
        Assert.Equal(cecil, netArchTest);
    }
}
