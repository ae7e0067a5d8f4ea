using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Behaviours;
using Portal.Application.Identity.Commands.Login;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;

namespace Portal.Application.UnitTests.Registration;

/// <summary>What AddApplication registers, and for how long each lives.</summary>
public sealed class RegistrationTests
{
    private readonly IServiceCollection services = new ServiceCollection().AddApplication();

    [Fact]
    public void Validators_are_built_once_because_they_hold_no_state()
    {
        var validators = services.Where(service => service.ServiceType.IsGenericType
            && service.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>)).ToList();

        Assert.True(validators.Count >= 25, $"Expected every request's validator, found {validators.Count}.");
        Assert.All(validators, validator => Assert.Equal(ServiceLifetime.Singleton, validator.Lifetime));
    }

    [Fact]
    public void The_same_validator_answers_every_request()
    {
        using var provider = services.BuildServiceProvider();
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        Assert.Same(
            first.ServiceProvider.GetRequiredService<IValidator<LoginCommand>>(),
            second.ServiceProvider.GetRequiredService<IValidator<LoginCommand>>());
    }

    [Fact]
    public void The_stateless_behaviours_are_built_once_and_the_tenant_access_check_per_request()
    {
        Assert.Equal(
            [
                (typeof(TracingBehavior<,>), ServiceLifetime.Singleton),
                (typeof(ValidationBehavior<,>), ServiceLifetime.Singleton),
                (typeof(TenantAccessBehavior<,>), ServiceLifetime.Transient),
                (typeof(RoleRuleBehavior<,>), ServiceLifetime.Singleton),
            ],
            services.Where(service => service.ServiceType == typeof(IPipelineBehavior<,>))
                .Select(service => (service.ImplementationType, service.Lifetime)));
    }

    [Fact]
    public void What_is_built_once_depends_on_nothing_built_per_request()
    {
        // A singleton holding a scoped or transient service would share one request's object with every other request.
        var singletons = services.Where(service => service.Lifetime == ServiceLifetime.Singleton
            && service.ImplementationType?.Assembly == typeof(ApplicationAssembly).Assembly).ToList();

        Assert.Contains(singletons, service => service.ImplementationType == typeof(ValidationBehavior<,>));
        Assert.All(singletons, singleton =>
        {
            foreach (var parameter in singleton.ImplementationType!.GetConstructors().SelectMany(constructor => constructor.GetParameters()))
            {
                Assert.True(
                    IsBuiltOnce(parameter.ParameterType),
                    $"{singleton.ImplementationType.Name} is built once but takes {parameter.ParameterType.Name}, which is not.");
            }
        });
    }

    [Fact]
    public void The_same_validation_behaviour_answers_every_request()
    {
        services.AddSingleton<ITenantDirectory>(SeededFakes.Tenants());
        using var provider = services.BuildServiceProvider();
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        Assert.Same(
            first.ServiceProvider.GetServices<IPipelineBehavior<LoginCommand, SignInAttempt>>().OfType<ValidationBehavior<LoginCommand, SignInAttempt>>().Single(),
            second.ServiceProvider.GetServices<IPipelineBehavior<LoginCommand, SignInAttempt>>().OfType<ValidationBehavior<LoginCommand, SignInAttempt>>().Single());
    }

    /// <summary>Registered by AddApplication as singletons only (a sequence: every element's registration).</summary>
    private bool IsBuiltOnce(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            type = type.GetGenericArguments()[0];
        }

        var open = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        var registrations = services.Where(service => service.ServiceType == type
            || (service.ServiceType.IsGenericType && service.ServiceType.GetGenericTypeDefinition() == open)).ToList();
        return registrations.Count > 0 && registrations.All(service => service.Lifetime == ServiceLifetime.Singleton);
    }
}
