using Microsoft.Extensions.Logging;
using NATS.Client.Core;

namespace Portal.Adapters.Nats.Configuration;

/// <summary>Portal's settings as NATS.Client.Core's <see cref="NatsOpts"/>.</summary>
internal static class NatsConnectionOptions
{
    /// <summary>
    /// The URL list without credentials (the library would read them from the first URL only); credentials of the first
    /// entry that carries any, the creds file, the NKey seed (read from its file here) and the TLS files go to the auth and TLS options. A CA or client
    /// certificate makes the library require TLS, as a <c>tls://</c> URL does.
    /// </summary>
    public static NatsOpts From(NatsAdapterOptions settings, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var servers = NatsServerAddress.ParseList(settings.Url);
        var credentials = servers.FirstOrDefault(server => server.HasCredentials);
        string? seed = null, publicKey = null;
        if (OrNull(settings.NKeyFile) is { } nkeyFile && !NKeySeedFile.TryRead(nkeyFile, out seed, out publicKey, out var problem))
        {
            throw new InvalidOperationException($"{NatsAdapterOptions.NKeyKey}: {problem}.");
        }

        return new NatsOpts
        {
            Url = string.Join(',', servers.Select(server => server.ToString())),
            Name = "portal-" + settings.InstanceId,
            LoggerFactory = loggerFactory,
            RequestTimeout = settings.RequestTimeout,

            // Reconnects start soon and back off to 2 s at most: pages fail while NATS is away, so a server that is back
            // should be found within seconds (a wait of 5 s left pages failing ~10 s after a restart in the fault run).
            ReconnectWaitMin = TimeSpan.FromMilliseconds(250),
            ReconnectWaitMax = TimeSpan.FromSeconds(2),

            // The bus logs a slow consumer itself, with the count of dropped messages.
            SuppressSlowConsumerWarnings = true,
            AuthOpts = new NatsAuthOpts
            {
                Username = credentials?.Username,
                Password = credentials?.Password,
                Token = credentials?.Token,
                CredsFile = OrNull(settings.CredsFile),
                Seed = seed,
                NKey = publicKey,
            },
            TlsOpts = new NatsTlsOpts
            {
                CertFile = OrNull(settings.TlsCertFile),
                KeyFile = OrNull(settings.TlsKeyFile),
                CaFile = OrNull(settings.TlsCaFile),
            },
        };
    }

    private static string? OrNull(string? path) => string.IsNullOrWhiteSpace(path) ? null : path;
}
