using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Portal.Web.FunctionalTests.Security;

/// <summary>Portal needs no Data Protection key ring: none is loaded at start and none is ever generated.</summary>
public sealed class DataProtectionTests
{
    [Fact]
    public void No_key_ring_is_loaded_at_start_and_no_key_is_generated()
    {
        using var app = new PortalApp();

        var hosted = app.Services.GetServices<IHostedService>().Select(s => s.GetType().FullName ?? string.Empty);

        Assert.DoesNotContain(hosted, name => name.Contains("DataProtection", StringComparison.Ordinal));
        Assert.False(app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.AutoGenerateKeys);
    }
}
