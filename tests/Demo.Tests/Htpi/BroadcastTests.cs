using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Htpi;

/// <summary>The broadcasts of the contract: the dashboard's real types with their data, patients, and the encounters broadcast.</summary>
public sealed class BroadcastTests(BroadcastingHtpiHostFixture fixture) : IClassFixture<BroadcastingHtpiHostFixture>
{
    [Fact]
    public async Task Dashboard_broadcasts_carry_the_real_types_and_their_data()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var byType = new Dictionary<string, JsonElement>();

        while (byType.Count < 4)
        {
            var message = await wire.NextMatchingAsync(m => m.Subject.StartsWith("customer.broadcast.dashboard.", StringComparison.Ordinal));
            var body = message.Body;
            Assert.Equal("customer.broadcast.dashboard." + body.GetProperty("tenantId").GetString(), message.Subject);
            Assert.Matches(DateShapes.ZoneLess, body.GetProperty("timestamp").GetString());
            byType[body.GetProperty("type").GetString()!] = body.GetProperty("data");
        }

        Assert.Equal(["activity", "claim_update", "encounter_update", "patient_update"], byType.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["action", "count", "patient_name"], Keys(byType["patient_update"]));
        Assert.Equal(["action", "amount", "claim_id"], Keys(byType["claim_update"]));
        Assert.Equal(["action", "provider"], Keys(byType["encounter_update"]));
        Assert.False(string.IsNullOrEmpty(byType["activity"].GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Encounter_broadcasts_carry_an_action_and_the_encounter()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var message = await wire.NextMatchingAsync(m => m.Subject.StartsWith("customer.broadcast.encounters.", StringComparison.Ordinal));

        Assert.Equal(["action", "encounter"], Keys(message.Body));
        Assert.Contains(message.Body.GetProperty("action").GetString(), new[] { "created", "updated" });
        var encounter = message.Body.GetProperty("encounter");
        Assert.Equal("customer.broadcast.encounters." + encounter.GetProperty("tenantId").GetString(), message.Subject);

        var fetched = await wire.AskAsync("htpi.encounters.get", "encounters", new { encounterId = encounter.GetProperty("id").GetString() });
        Assert.Equal(encounter.GetProperty("status").GetString(), fetched.GetProperty("encounter").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Patient_broadcasts_carry_the_patient_of_their_tenant()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var message = await wire.NextMatchingAsync(m => m.Subject.StartsWith("customer.broadcast.patients.", StringComparison.Ordinal));

        Assert.Contains(message.Body.GetProperty("type").GetString(), new[] { "created", "updated" });
        Assert.Equal(message.Body.GetProperty("tenantId").GetString(), message.Body.GetProperty("patient").GetProperty("tenantId").GetString());
        Assert.Equal("customer.broadcast.patients." + message.Body.GetProperty("tenantId").GetString(), message.Subject);
    }

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
}
