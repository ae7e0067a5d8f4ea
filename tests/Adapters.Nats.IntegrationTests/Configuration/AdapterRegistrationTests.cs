using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Connection;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Adapters.Nats.Messaging;
using Portal.Application.Claims.Ports;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Insurance.Ports;
using Portal.Application.LiveUpdates.Ports;
using Portal.Application.Patients.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Domain.Common;

namespace Portal.Adapters.Nats.IntegrationTests.Configuration;

/// <summary>Configuration keys, their validation at startup, and what the two DI entry points register.</summary>
public sealed class AdapterRegistrationTests
{
    private const string ValidUrl = "nats://127.0.0.1:4222";

    [Fact]
    public void Missing_nats_url_stops_startup_naming_it()
    {
        using var provider = Build([]);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(NatsAdapterOptions.UrlKey, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:4222")]
    [InlineData("127.0.0.1 4222")]
    [InlineData("nats://127.0.0.1:4222,")]
    [InlineData("nats://user:hunter2@127.0.0.1:4222,ftp://user:hunter2@elsewhere")]
    public void Unusable_nats_url_stops_startup_naming_it_without_repeating_secrets(string url)
    {
        using var provider = Build(new() { [NatsAdapterOptions.UrlKey] = url });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(NatsAdapterOptions.UrlKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Startup validation reads NATS_URL with the connection's parser: a bare host:port, which the connection
    /// has always read as nats://, no longer stops the start, and whatever passes is what the connection reads.</summary>
    [Theory]
    [InlineData("127.0.0.1:4222")]
    [InlineData("nats-1:4222, nats-2")]
    [InlineData("tls://token@nats-1, nats://user:pass@nats-2:4223")]
    public void Nats_url_the_connection_reads_passes_startup_validation(string url)
    {
        using var provider = Build(new() { [NatsAdapterOptions.UrlKey] = url });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotEmpty(NatsServerAddress.ParseList(provider.GetRequiredService<IOptions<NatsAdapterOptions>>().Value.Url));
    }

    [Theory]
    [InlineData(NatsAdapterOptions.RequestTimeoutKey, "00:00:00")]
    [InlineData(NatsAdapterOptions.RequestTimeoutKey, "00:30:00")]
    [InlineData(NatsAdapterOptions.InstanceIdKey, "web.1")]
    [InlineData(NatsAdapterOptions.InstanceIdKey, "web*")]
    [InlineData(NatsAdapterOptions.CredsKey, "/nonexistent/portal.creds")]
    [InlineData(NatsAdapterOptions.NKeyKey, "/nonexistent/portal.nk")]
    [InlineData(NatsAdapterOptions.TlsCaKey, "/nonexistent/ca.pem")]
    [InlineData(NatsAdapterOptions.TlsCertKey, "/nonexistent/client.pem")]
    [InlineData(NatsAdapterOptions.TlsKeyKey, "/nonexistent/client-key.pem")]
    [InlineData(NatsAdapterOptions.NKeyKey, "/")]
    public void Unusable_setting_stops_startup_naming_its_key(string key, string value)
    {
        using var provider = Build(new() { [NatsAdapterOptions.UrlKey] = ValidUrl, [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NatsAdapterOptions.TlsCertKey, NatsAdapterOptions.TlsKeyKey)]
    [InlineData(NatsAdapterOptions.CredsKey, NatsAdapterOptions.NKeyKey)]
    public void Credential_files_that_do_not_go_together_stop_startup_naming_both(string given, string other)
    {
        var file = Path.GetTempFileName();
        try
        {
            var settings = new Dictionary<string, string?> { [NatsAdapterOptions.UrlKey] = ValidUrl, [given] = file };
            if (given == NatsAdapterOptions.CredsKey)
            {
                settings[other] = file;
            }

            using var provider = Build(settings);

            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

            Assert.Contains(given, error.Message, StringComparison.Ordinal);
            Assert.Contains(other, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(NatsAdapterOptions.NKeyKey, "UABC\n")]
    [InlineData(NatsAdapterOptions.NKeyKey, "SUnotaseed\n")]
    [InlineData(NatsAdapterOptions.CredsKey, "just text\n")]
    public void A_credential_file_without_what_it_must_hold_stops_startup_naming_its_key(string key, string content)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, content);
            using var provider = Build(new() { [NatsAdapterOptions.UrlKey] = ValidUrl, [key] = file });

            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

            Assert.Contains(key, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Settings_are_read_from_their_keys()
    {
        using var provider = Build(new()
        {
            [NatsAdapterOptions.UrlKey] = "nats://nats-1:4222, nats://nats-2:4222",
            [NatsAdapterOptions.RequestTimeoutKey] = "00:00:02.500",
            [NatsAdapterOptions.InstanceIdKey] = "web-7",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<NatsAdapterOptions>>().Value;

        Assert.Equal("nats://nats-1:4222, nats://nats-2:4222", options.Url);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), options.RequestTimeout);
        Assert.Equal("web-7", options.InstanceId);
    }

    [Fact]
    public void Defaults_are_a_five_second_timeout_and_one_random_instance_id_per_process()
    {
        using var first = Build(new() { [NatsAdapterOptions.UrlKey] = ValidUrl });
        using var second = Build(new() { [NatsAdapterOptions.UrlKey] = ValidUrl });

        var options = first.GetRequiredService<IOptions<NatsAdapterOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
        Assert.True(Identifier.IsValid(options.InstanceId));
        Assert.InRange(options.InstanceId.Length, 6, 16);
        Assert.Equal(options.InstanceId, second.GetRequiredService<IOptions<NatsAdapterOptions>>().Value.InstanceId);
    }

    [Fact]
    public async Task Nats_adapter_registers_the_htpi_ports_but_not_identity()
    {
        // Async disposal: the bus closes its connection asynchronously, as the host disposes it.
        await using var provider = Build(new() { [NatsAdapterOptions.UrlKey] = ValidUrl });

        Assert.NotNull(provider.GetRequiredService<IPatientRegistry>());
        Assert.NotNull(provider.GetRequiredService<IInsurancePolicyRegistry>());
        Assert.NotNull(provider.GetRequiredService<IClaimRegistry>());
        Assert.NotNull(provider.GetRequiredService<IPracticeDashboard>());
        Assert.NotNull(provider.GetRequiredService<ITenantEventFeed>());
        Assert.IsType<NatsBusHost>(provider.GetRequiredService<IMessageBus>());
        Assert.Contains(provider.GetServices<IHostedService>(), service => service is NatsBusHost);
        Assert.Null(provider.GetService<IIdentityProvider>());
        Assert.Null(provider.GetService<ITenantDirectory>());
    }

    [Fact]
    public async Task Nats_identity_adds_the_identity_provider_and_tenant_directory()
    {
        await using var provider = Build(new() { [NatsAdapterOptions.UrlKey] = ValidUrl }, identity: true);

        Assert.NotNull(provider.GetRequiredService<IIdentityProvider>());
        Assert.NotNull(provider.GetRequiredService<ITenantDirectory>());
    }

    [Fact]
    public async Task Unreachable_nats_stops_the_start_with_a_clear_message()
    {
        var url = $"nats://portal:hunter2@127.0.0.1:{NatsServer.FreePort()}";
        await using var provider = Build(new() { [NatsAdapterOptions.UrlKey] = url });
        var host = provider.GetServices<IHostedService>().OfType<NatsBusHost>().Single();

        var error = await Assert.ThrowsAsync<NatsUnreachableException>(() => host.StartAsync(CancellationToken.None).WaitAsync(Watcher.Guard));

        Assert.Contains("NATS is required", error.Message, StringComparison.Ordinal);
        Assert.Contains(NatsAdapterOptions.UrlKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.False(host.IsConnected);
    }

    [Fact]
    public async Task The_bus_is_not_used_before_the_host_starts()
    {
        await using var provider = Build(new() { [NatsAdapterOptions.UrlKey] = ValidUrl });
        var bus = provider.GetRequiredService<IMessageBus>();

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => bus.RequestAsync("htpi.patient.list", "customer.patients.response.x.1", Array.Empty<byte>(), TimeSpan.FromSeconds(1), CancellationToken.None));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool identity = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddNatsAdapter(configuration);
        if (identity)
        {
            services.AddNatsIdentity();
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
