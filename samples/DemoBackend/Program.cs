using System.Runtime.InteropServices;
using Portal.Demo.Backend;

// The demo backend as a console program: start, print where it is and who can log in, run until Ctrl-C or SIGTERM.
DemoBackendOptions options;
try
{
    options = DemoBackendOptions.FromConfiguration(args);
    options.Validate();
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine("Demo backend: " + exception.Message);
    return 2;
}

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});

DemoBackendHost host;
try
{
    host = await DemoBackendHost.StartAsync(options);
}
catch (Exception exception) when (exception is not OutOfMemoryException)
{
    // NATS unreachable, the port taken, ...: one line that says what, not a stack trace.
    Console.Error.WriteLine("Demo backend could not start: " + exception.Message);
    return 1;
}

await using (host)
{
    Console.WriteLine(host.ServesPlatform
        ? $"Demo Platform API: {host.PlatformUrl}"
        : "Demo Platform API: off (DEMO_SERVE=htpi)");
    Console.WriteLine(host.ServesHtpi
        ? $"Demo HTPI services: on {options.NatsUrl}"
        : "Demo HTPI services: off (DEMO_SERVE=platform, or no NATS_URL)");
    Console.WriteLine("Demo logins:");
    foreach (var login in DemoBackendHost.Logins)
    {
        Console.WriteLine($"  {login.Email} / {login.Password}  ({login.Description})");
    }

    Console.WriteLine("Ready. Press Ctrl-C to stop.");
    await stop.Task;
    Console.WriteLine("Stopping the demo backend...");
}

return 0;
