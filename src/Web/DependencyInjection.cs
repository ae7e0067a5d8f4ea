using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Portal.Web.Billing;
using Portal.Web.Configuration;
using Portal.Web.Errors;
using Portal.Web.Formatting;
using Portal.Web.Hosting;
using Portal.Web.Identity;
using Portal.Web.Live;
using Portal.Web.Routing;
using Portal.Web.Security;
using Portal.Web.Tickets;

namespace Portal.Web;

public static class DependencyInjection
{
    /// <summary>The largest request body Portal accepts: its biggest form is a ticket of 5000 characters.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>
    /// Health checks with this tag decide /readyz. An adapter adds its connection check with the same literal (the NATS
    /// adapter's NatsReadinessCheck.ReadinessTag), since neither may reference the other.
    /// </summary>
    public const string ReadinessTag = "ready";

    /// <summary>
    /// Web's settings, the stateless sign-in and CSRF machinery, Razor Pages and the request limits. The pages of a backend
    /// Portal runs without (<paramref name="modes"/>; both when not given) have no routes at all.
    /// </summary>
    public static IServiceCollection AddWeb(this IServiceCollection services, BackendModes? modes = null)
    {
        modes ??= BackendModes.Both;
        services.AddSingleton(modes);
        services.AddSingleton<IConfigureOptions<WebOptions>, WebOptionsSetup>();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        services.AddOptions<WebOptions>().ValidateOnStart();

        services.AddSingleton<SecretKeyring>();
        services.AddLoginThrottle();
        AddGracefulShutdown(services);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) =>
        {
            // Only the proxies FORWARDED_FOR_PROXIES names are believed; the framework's default (loopback) is not.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = null;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in web.Value.TrustedProxies)
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });
        services.AddSingleton<SignInCookie>();

        // A year, renewed by every HTTPS answer, instead of the framework's 30 days; without includeSubDomains or preload,
        // which would bind subdomains Portal does not know of (the operator's other hosts) to HTTPS as well.
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = false;
            hsts.Preload = false;
        });
        services.AddSingleton<PlatformLinkPageFilter>();
        services.AddSingleton<PlatformLinkEndpointFilter>();
        services.AddSingleton<CsrfTokens>();
        services.AddScoped<SignedInWork>();
        services.AddSingleton<LiveStreamReverification>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveStreamReverification>());
        services.AddScoped<Pages.PortalPageServices>();

        services.AddRazorPages(options =>
            {
                // CSRF is checked by CsrfTokens (stateless HMAC); the built-in tokens need a Data Protection key ring.
                options.Conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute());
                options.Conventions.Add(new PageHandlerMethodsConvention());
                BackendAreas.Apply(options.Conventions, modes);
            })
            .AddMvcOptions(options =>
            {
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                RemoveTempDataSaving(options);

                // Shown beside a field whose value could not be read as its type; only a hand-made post sends one.
                options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((_, _) => "This is not a value this field takes.");
                options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(_ => "This is not a value this field takes.");
            });
        KeepDataProtectionIdle(services);
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<IdentifierRouteConstraint>(IdentifierRouteConstraint.Name));

        services.Configure<FormOptions>(options =>
        {
            options.ValueCountLimit = 32;
            options.KeyLengthLimit = 128;
            options.ValueLengthLimit = 16 * 1024;
            options.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<WebOptions>>((kestrel, web) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            var port = web.Value.Port ?? WebOptions.DefaultPort;
            if (web.Value.ListenAddress is { } address)
            {
                kestrel.Listen(address, port);
            }
            else
            {
                kestrel.ListenAnyIP(port);
            }
        });

        // Razor encodes markup characters only; letters of every script stay readable in the HTML.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHealthChecks().AddCheck<ShutdownReadinessCheck>("shutdown", tags: [ReadinessTag]);
        return services;
    }

    /// <summary>
    /// The stop <see cref="ShutdownDrain"/> orders; the host waits SHUTDOWN_DELAY plus a grace for in-flight requests, not
    /// its default 30 s.
    /// </summary>
    private static void AddGracefulShutdown(IServiceCollection services)
    {
        services.AddSingleton<ShutdownDrain>();
        services.AddHostedService(provider => provider.GetRequiredService<ShutdownDrain>());
        services.AddOptions<HostOptions>().Configure<IOptions<WebOptions>>((host, web) =>
            host.ShutdownTimeout = (web.Value.ShutdownDelay ?? WebOptions.DefaultShutdownDelay) + ShutdownDrain.InFlightGrace);
    }

    /// <summary>
    /// TempData is banned (BannedSymbols.txt: Portal is stateless), yet Razor Pages add a global filter that would save it:
    /// on every page it registers a callback for the start of the answer, which then looks for TempData to save. It goes.
    /// </summary>
    private static void RemoveTempDataSaving(MvcOptions options)
    {
        var savers = options.Filters
            .Where(filter => filter.GetType().FullName == "Microsoft.AspNetCore.Mvc.ViewFeatures.SaveTempDataAttribute")
            .ToList();
        foreach (var saver in savers)
        {
            options.Filters.Remove(saver);
        }
    }

    /// <summary>
    /// Razor Pages bring Data Protection along (for antiforgery and TempData, neither used here), and its hosted service
    /// would load or create a key ring on disk at start. Portal needs no key ring: the service goes, no key is ever
    /// generated and the repository is <see cref="NoKeyRepository"/> (no directory under HOME), so any use of Data
    /// Protection would fail loudly instead of quietly writing state.
    /// </summary>
    private static void KeepDataProtectionIdle(IServiceCollection services)
    {
        services.Configure<KeyManagementOptions>(options =>
        {
            options.AutoGenerateKeys = false;
            options.XmlRepository = new NoKeyRepository();
        });
        var keyRingLoaders = services
            .Where(d => d.ServiceType == typeof(IHostedService)
                && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService")
            .ToList();
        foreach (var descriptor in keyRingLoaders)
        {
            services.Remove(descriptor);
        }
    }

    /// <summary>The request pipeline: security headers on everything, one exception map, pages and the two streaming endpoints.</summary>
    public static WebApplication UseWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // First, so the scheme (HSTS, Secure and __Host- cookies) and the client address (login throttle) are those a
        // trusted proxy forwarded. Only with proxies named: the middleware believes everyone when it knows of none.
        app.UseWhen(
            context => context.RequestServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownIPNetworks.Count > 0,
            trusted => trusted.UseForwardedHeaders());
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Before the exception handler, so an error page re-executed for a signed-in reader writes times in their zone too.
        app.Use(ReaderTimeZone.ScopeAsync);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            AllowStatusCode404Response = true,

            // Only real faults are logged as errors; a dead sign-in, a 404 or a backend that is down are expected answers.
            SuppressDiagnosticsCallback = context => ExceptionMap.Map(context.Exception).Kind != ErrorKind.Internal,
        });

        // Every request formats in the culture CULTURE names, whatever the server's or the browser's.
        var web = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        var culture = web.FormattingCulture ?? CultureInfo.InvariantCulture;
        var modes = app.Services.GetRequiredService<BackendModes>();
        if (modes.Htpi)
        {
            // Live streams branch off here: they skip the page middleware below, which each would keep waiting.
            app.MapLiveStreams(hsts: !web.IsDevelopment, culture);
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!web.IsDevelopment)
        {
            app.UseHsts();
        }

        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(culture),
            SupportedCultures = [culture],
            SupportedUICultures = [culture],
            RequestCultureProviders = [],
        });

        app.UseStaticFiles();
        app.UseRouting();
        app.UseFormReading();
        app.UseLoginThrottle();

        // Probes read them: any other method is the 405 every other address answers.
        HttpMethodMetadata probeMethods = new([HttpMethods.Get, HttpMethods.Head]);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(probeMethods);
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessTag) }).WithMetadata(probeMethods);
        if (modes.Platform)
        {
            // Downloads answer HEAD as a page does (Kestrel sends no body with it): a download manager asks HEAD first.
            string[] getAndHead = [HttpMethods.Get, HttpMethods.Head];
            app.MapMethods("/t/{tenantId:id}/billing/invoices/{number:id}/pdf", getAndHead, BillingPdfEndpoint.HandleInvoiceAsync)
                .AddEndpointFilter<PlatformLinkEndpointFilter>();
            app.MapMethods("/t/{tenantId:id}/billing/proformas/{number:id}/pdf", getAndHead, BillingPdfEndpoint.HandleProformaAsync)
                .AddEndpointFilter<PlatformLinkEndpointFilter>();
            app.MapMethods("/t/{tenantId:id}/tickets/{ticketId:id}/attachments/{attachmentId:id}", getAndHead, TicketAttachmentEndpoint.HandleAsync)
                .AddEndpointFilter<PlatformLinkEndpointFilter>();
        }

        app.MapRazorPages();
        return app;
    }
}
