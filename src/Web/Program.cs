using Microsoft.Extensions.Options;
using Portal.Application;
using Portal.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddApplication();
builder.Services.AddWeb();

// The adapters plug in here: NATS for HTPI and live updates, HTTP for the Platform, and the identity source
// IDENTITY_BACKEND names (WebOptions.UsesPlatformIdentity; an unknown value fails the start validation).

try
{
    var app = builder.Build();
    app.UseWeb();
    app.Run();
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A missing or invalid setting stops the process at start, naming what to fix.
    Console.Error.WriteLine("Portal cannot start: " + string.Join(" ", invalid.Failures));
    return 1;
}

/// <summary>Visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
