using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Identity.Commands.Login;

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
}
