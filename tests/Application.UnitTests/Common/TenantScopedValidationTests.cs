using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Access;
using Portal.Application.UnitTests.Fakes;

namespace Portal.Application.UnitTests.Common;

/// <summary>
/// Every tenant-scoped request of the Application assembly, found by reflection, against the validator AddApplication
/// registers for it: a missing or malformed access context is refused, a well-formed one is not.
/// </summary>
public sealed class TenantScopedValidationTests
{
    /// <summary>The tenant-scoped requests when this test was written; more may come, fewer means the search went wrong.</summary>
    private const int KnownTenantScopedRequests = 23;

    private static readonly IReadOnlyList<Type> TenantScopedRequests = typeof(ITenantScopedRequest).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ITenantScopedRequest)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    private static readonly IServiceProvider Validators = new ServiceCollection()
        .AddSingleton<TimeProvider>(FixedClock.Today)
        .AddApplication()
        .BuildServiceProvider();

    /// <summary>Every tenant-scoped request with each way its access context can be wrong: <c>(request, failing property)</c>.</summary>
    public static TheoryData<string, string> BadAccess
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var request in TenantScopedRequests)
            {
                foreach (var property in (string[])["Access", "Access.Token", "Access.UserId", "Access.TenantId"])
                {
                    cases.Add(request.FullName!, property);
                }
            }

            return cases;
        }
    }

    public static TheoryData<string> Requests => new(TenantScopedRequests.Select(t => t.FullName!));

    [Fact]
    public void Every_tenant_scoped_request_is_found() =>
        Assert.True(
            TenantScopedRequests.Count >= KnownTenantScopedRequests,
            $"Found {TenantScopedRequests.Count} tenant-scoped requests, expected at least {KnownTenantScopedRequests}.");

    [Theory]
    [MemberData(nameof(BadAccess))]
    public void A_bad_access_context_is_refused(string request, string failingProperty)
    {
        var errors = Validate(Request(request, BrokenAccess(failingProperty)));

        Assert.Contains(errors, e => e.PropertyName == failingProperty);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_well_formed_access_context_passes(string request) =>
        Assert.DoesNotContain(Validate(Request(request, Samples.Access)), e => e.PropertyName.StartsWith("Access", StringComparison.Ordinal));

    private static AccessContext? BrokenAccess(string failingProperty) => failingProperty switch
    {
        "Access" => null,
        "Access.Token" => Samples.Access with { Token = "" },
        "Access.UserId" => Samples.Access with { UserId = "user 1" },
        "Access.TenantId" => Samples.Access with { TenantId = "tenant.>" },
        _ => throw new ArgumentOutOfRangeException(nameof(failingProperty), failingProperty, "Not a property of the access context."),
    };

    /// <summary>The request built through its widest public constructor: the given access, defaults where declared, plain values elsewhere.</summary>
    private static object Request(string typeName, AccessContext? access)
    {
        var type = TenantScopedRequests.Single(t => t.FullName == typeName);
        var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length)!;
        return constructor.Invoke(constructor.GetParameters().Select(p => p.ParameterType == typeof(AccessContext) ? access : PlainValue(p)).ToArray());
    }

    // Only the access context matters here; the other fields need not pass their own rules.
    private static object? PlainValue(ParameterInfo parameter) => parameter switch
    {
        { HasDefaultValue: true } => parameter.DefaultValue,
        _ when parameter.ParameterType == typeof(string) => "value-1",
        _ when parameter.ParameterType == typeof(int) => 1,
        _ when parameter.ParameterType == typeof(long) => 1L,
        _ when parameter.ParameterType == typeof(bool) => false,
        _ when Nullable.GetUnderlyingType(parameter.ParameterType) is not null => null,
        _ => throw new InvalidOperationException($"No plain value for {parameter.Member.DeclaringType}'s {parameter.ParameterType} {parameter.Name}."),
    };

    private static IList<FluentValidation.Results.ValidationFailure> Validate(object request)
    {
        var validators = Validators.GetServices(typeof(IValidator<>).MakeGenericType(request.GetType())).Cast<IValidator>().ToList();
        var validator = Assert.Single(validators);
        return validator.Validate(new ValidationContext<object>(request)).Errors;
    }
}
