using Mono.Cecil;
using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>Every request (IRequest or IRequest&lt;T&gt;) has exactly one handler and exactly one AbstractValidator&lt;ThatRequest&gt; in its assembly.</summary>
public sealed class OneHandlerAndOneValidatorPerRequestRule
{
    private const string Requests = "Portal.Architecture.Tests.BadFixture.Requests.";

    public static TheoryData<string> ApplicationAssemblies => AllOf(PortalApplication);

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Every_request_has_one_handler_and_one_validator(string assembly) =>
        RuleAssert.Holds(Check(Load(assembly)));

    [Fact]
    public void Fixture_is_caught_with_two_handlers_and_no_validator()
    {
        var result = Check(Load(Fixture));
        RuleAssert.Reports(result, Requests + "TwoHandlerQuery", $"2 handlers: {Requests}TwoHandlerQueryHandler, {Requests}TwoHandlerQuerySecondHandler");
        RuleAssert.Reports(result, Requests + "TwoHandlerQuery", "0 validators");
        Assert.DoesNotContain(result.Violations, v => v.Source == Requests + "MutableCommand");
    }

    public static RuleResult Check(LoadedAssembly subject)
    {
        var handlers = subject.Types.Where(MediatorConventions.IsHandler)
            .SelectMany(h => MediatorConventions.RequestsHandledBy(h).Select(request => (Request: request, Type: Names.Of(h))))
            .ToLookup(x => x.Request, x => x.Type, StringComparer.Ordinal);
        var validators = subject.Types.Where(MediatorConventions.IsValidator)
            .SelectMany(v => MediatorConventions.ValidatedTypes(v).Select(validated => (Validated: validated, Type: Names.Of(v))))
            .ToLookup(x => x.Validated, x => x.Type, StringComparer.Ordinal);

        return Types.InAssembly(subject).That().Are(MediatorConventions.IsRequest).Should()
            .Satisfy(request => ExactlyOne(request, handlers, "handler").Concat(ExactlyOne(request, validators, "validator")));
    }

    private static IEnumerable<Violation> ExactlyOne(TypeDefinition request, ILookup<string, string> candidates, string kind)
    {
        var found = candidates[Names.Of(request)].Order(StringComparer.Ordinal).ToList();
        if (found.Count != 1)
        {
            var listed = found.Count == 0 ? string.Empty : ": " + string.Join(", ", found);
            yield return new Violation(Names.Of(request), $"{found.Count} {kind}s{listed}", $"a request has exactly one {kind}");
        }
    }
}
