using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Access;
using Portal.Application.UnitTests.Fakes;

namespace Portal.Application.UnitTests.Common;

/// <summary>
/// Every account-scoped request of the Application assembly, found by reflection, against the validator AddApplication
/// registers for it: a missing or malformed account context is refused, a well-formed one is not.
/// </summary>
public sealed class AccountScopedValidationTests
{
    /// <summary>The account-scoped requests when this test was written; more may come, fewer means the search went wrong.</summary>
    private const int KnownAccountScopedRequests = 5;

    private static readonly AccountContext Account = new("token-ada", "user-1", 1041);

    private static readonly IReadOnlyList<Type> AccountScopedRequests = typeof(IAccountScopedRequest).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IAccountScopedRequest)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    private static readonly IServiceProvider Validators = new ServiceCollection()
        .AddSingleton<TimeProvider>(FixedClock.Today)
        .AddApplication()
        .BuildServiceProvider();

    public static TheoryData<string, string> BadAccount
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var request in AccountScopedRequests)
            {
                foreach (var property in (string[])["Account", "Account.Token", "Account.UserId"])
                {
                    cases.Add(request.FullName!, property);
                }
            }

            return cases;
        }
    }

    public static TheoryData<string> Requests => new(AccountScopedRequests.Select(t => t.FullName!));

    [Fact]
    public void Every_account_scoped_request_is_found_and_none_is_tenant_scoped()
    {
        Assert.True(AccountScopedRequests.Count >= KnownAccountScopedRequests, $"Found {AccountScopedRequests.Count} account-scoped requests.");
        Assert.DoesNotContain(AccountScopedRequests, t => t.IsAssignableTo(typeof(ITenantScopedRequest)));
    }

    [Theory]
    [MemberData(nameof(BadAccount))]
    public void A_bad_account_context_is_refused(string request, string failingProperty) =>
        Assert.Contains(Validate(Request(request, BrokenAccount(failingProperty))), e => e.PropertyName == failingProperty);

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_well_formed_account_context_passes(string request) =>
        Assert.DoesNotContain(Validate(Request(request, Account)), e => e.PropertyName.StartsWith("Account", StringComparison.Ordinal));

    private static AccountContext? BrokenAccount(string failingProperty) => failingProperty switch
    {
        "Account" => null,
        "Account.Token" => Account with { Token = "" },
        "Account.UserId" => Account with { UserId = "user 1" },
        _ => throw new ArgumentOutOfRangeException(nameof(failingProperty), failingProperty, "Not a property of the account context."),
    };

    private static object Request(string typeName, AccountContext? account)
    {
        var type = AccountScopedRequests.Single(t => t.FullName == typeName);
        var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length)!;
        return constructor.Invoke(constructor.GetParameters().Select(p => p.ParameterType == typeof(AccountContext) ? account : PlainValue(p)).ToArray());
    }

    // Only the account context matters here; the other fields need not pass their own rules.
    private static object? PlainValue(ParameterInfo parameter) => parameter switch
    {
        { HasDefaultValue: true } => parameter.DefaultValue,
        _ when parameter.ParameterType == typeof(string) => "value-1",
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
