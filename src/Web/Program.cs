using Microsoft.Extensions.Options;
using Portal.Adapters.Http;
using Portal.Adapters.Nats;
using Portal.Application;
using Portal.Application.Common.Access;
using Portal.Web;
using Portal.Web.Configuration;
using Portal.Web.Telemetry;

// The content root is the folder Portal.Web.dll is in, where the build copies wwwroot, so Portal serves its CSS and
// script whatever directory it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Which backends this Portal has is decided by which URLs are set; without either there is nothing to serve, and the
// start stops like any bad setting: one line and exit code 1.
var modes = BackendModes.From(builder.Configuration);
if (!modes.Any)
{
    Console.Error.WriteLine("Portal cannot start: " + BackendModes.NeitherConfigured);
    return 1;
}

if (modes.PlatformOnly)
{
    // Every tenant-scoped call then goes to the Platform, which checks the membership on each (§1.3).
    builder.Services.AddSingleton(TenantAccessPolicy.BackendChecks);
}

builder.Logging.AddPortalLogFormat(builder.Configuration);
builder.Services.AddPortalTelemetry(builder.Configuration);
builder.Services.AddApplication();
builder.Services.AddWeb(modes);

// Only the configured backends' adapters, so only their settings are validated: HTPI signs users in when it is there,
// the Platform when it is alone.
if (modes.Htpi)
{
    builder.Services.AddNatsAdapter(builder.Configuration);
    builder.Services.AddNatsIdentity();
}

if (modes.Platform)
{
    builder.Services.AddHttpAdapter(builder.Configuration);
    if (modes.PlatformOnly)
    {
        builder.Services.AddPlatformIdentity();
    }
}

try
{
    var app = builder.Build();
    app.UseWeb();

    // Every setting first (all failures named at once), then NATS when configured: both stop the start the same way,
    // before the host would log its own failure with a stack trace.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    if (await app.Services.TryConnectNatsAsync() is { } unreachable)
    {
        // Without NATS no page can be served: like a bad setting, one line and exit code 1.
        Console.Error.WriteLine("Portal cannot start: " + unreachable);
        return 1;
    }

    app.Run();
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A missing or invalid setting stops the process at start, naming what to fix.
    Console.Error.WriteLine("Portal cannot start: " + string.Join(" ", invalid.Failures));
    return 1;
}
catch (AggregateException invalid) when (invalid.InnerExceptions.All(e => e is OptionsValidationException))
{
    // Several settings groups failed at once (Web's and an adapter's, say): all of them are named.
    var failures = invalid.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures);
    Console.Error.WriteLine("Portal cannot start: " + string.Join(" ", failures));
    return 1;
}

/// <summary>Visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
