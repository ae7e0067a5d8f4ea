using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Application.Common.Access;
using Portal.Application.Common.Behaviours;

namespace Portal.Application;

public static class DependencyInjection
{
    /// <summary>MediatR, every handler and validator of this assembly, and the pipeline: a span per request, validation, then tenant access, then role rules.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Validators that judge dates against today read this clock; a host or a test may register its own first.
        services.TryAddSingleton(TimeProvider.System);

        // The composition root registers TenantAccessPolicy.BackendChecks first when one backend checks every call.
        services.TryAddSingleton(TenantAccessPolicy.PortalChecks);
        services.AddScoped<ServiceFactory>(provider => type => provider.GetService(type)!);
        services.AddScoped<IMediator, Mediator>();

        // Validators hold no state and building one builds all its rules, so each is built once, not per request.
        services.Scan(scan => scan
            .FromAssemblyOf<ApplicationAssembly>()
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
                .AsImplementedInterfaces()
                .WithTransientLifetime()
            .AddClasses(classes => classes.AssignableTo(typeof(IValidator<>)), publicOnly: false)
                .AsImplementedInterfaces()
                .WithSingletonLifetime());

        // Registration order is pipeline order: the first registered behaviour runs outermost. The tracing, validation and
        // role behaviours hold no state and depend on singletons only (the validators), so one instance of each serves
        // every request. The tenant access check stays per request: it takes a port, which an adapter registers with a
        // lifetime Application cannot see.
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(TracingBehavior<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TenantAccessBehavior<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(RoleRuleBehavior<,>));
        return services;
    }
}
