using System.Text.Json;
using Portal.Adapters.Nats.IntegrationTests.Infrastructure;
using Portal.Demo.Backend;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Htpi;

/// <summary>
/// "How the public HTPI services really behave": one answer route per subject, never both — seed-style subjects publish
/// to <c>&lt;portal&gt;.&lt;area&gt;.response.&lt;clientId&gt;</c> and ignore the reply subject and responseChannel;
/// verify, refresh and verify.access answer only on the reply subject; nothing echoes requestId.
/// </summary>
public sealed class AnswerRouteTests(HtpiHostFixture fixture) : IClassFixture<HtpiHostFixture>
{
    [Theory]
    [InlineData("htpi.auth.login", "auth", """{"email": "marco.alvarez@example.com", "password": "demo-password-2"}""")]
    [InlineData("htpi.tenant.list.for.user", "tenants", """{"userId": "usr-dana-whitfield", "userEmail": "dana.whitfield@example.com", "requestType": "list"}""")]
    [InlineData("htpi.tenant.get", "tenant", """{"tenantId": "tnt-harbor"}""")]
    [InlineData("htpi.dashboard.get.stats", "dashboard", """{"tenantId": "tnt-summit"}""")]
    [InlineData("htpi.dashboard.get.activity", "dashboard", """{"tenantId": "tnt-summit"}""")]
    [InlineData("htpi.dashboard.get.alerts", "dashboard", """{"tenantId": "tnt-summit"}""")]
    [InlineData("htpi.encounters.list.for.patient", "encounters", """{"tenantId": "tnt-riverside", "patientId": "pat-00001"}""")]
    [InlineData("htpi.encounters.get", "encounters", """{"encounterId": "enc-000001"}""")]
    [InlineData("htpi.auth.verify", null, """{"token": "TOKEN"}""")]
    [InlineData("htpi.auth.refresh", null, """{"token": "TOKEN"}""")]
    [InlineData("htpi.tenant.verify.access", null, """{"userId": "usr-marco-alvarez", "tenantId": "tnt-summit"}""")]
    [InlineData("htpi.auth.logout", null, """{"token": "TOKEN"}""")]
    public async Task Answer_arrives_only_on_the_documented_route_and_echoes_no_request_id(string subject, string? area, string fields)
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);

        var answers = await AnswersToFirstOfTwoAsync(wire, subject, area, fields);

        var answer = Assert.Single(answers);
        Assert.Equal(area is null ? "reply" : "client", answer.Route);
        Assert.False(answer.Message.Body.TryGetProperty("requestId", out _));
        if (area is null)
        {
            Assert.False(answer.Message.Body.TryGetProperty("clientId", out _));
        }
    }

    [Fact]
    public async Task Encounters_service_answers_to_the_admin_portal_when_the_request_names_none_except_for_a_patients_list()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var get = wire.NewClientId();
        var list = wire.NewClientId();

        await wire.SendAsync("htpi.encounters.get", HtpiWire.Request(get, new { encounterId = "enc-000001" }, portal: null));
        await wire.SendAsync("htpi.encounters.list.for.patient", HtpiWire.Request(list, new { tenantId = "tnt-riverside", patientId = "pat-00001" }, portal: null));

        Assert.True((await wire.NextOnAsync("admin.encounters.response." + get)).Body.GetProperty("success").GetBoolean());
        Assert.True((await wire.NextOnAsync("customer.encounters.response." + list)).Body.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task This_projects_patient_service_still_answers_a_request_reply_request()
    {
        await using var wire = await HtpiWire.ConnectAsync(fixture.NatsUrl);
        var token = await wire.LoginAsync("dana.whitfield@example.com", "demo-password-1");

        var answer = await wire.AskAsync("htpi.patient.get", null, new { tenantId = "tnt-riverside", userId = "usr-dana-whitfield", patientId = "pat-00001" }, token);

        Assert.True(answer.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task A_second_replica_sends_every_public_answer_twice()
    {
        await using var server = await NatsServer.StartAsync();
        await using var host = await DemoBackendHost.StartAsync(new DemoBackendOptions
        {
            NatsUrl = server.Url,
            Serve = DemoServe.Htpi,
            BroadcastInterval = TimeSpan.Zero,
            HtpiReplicas = 2,
        });
        await using var wire = await HtpiWire.ConnectAsync(server.Url);

        var stats = await AnswersToFirstOfTwoAsync(wire, "htpi.dashboard.get.stats", "dashboard", """{"tenantId": "tnt-harbor"}""");
        var access = await AnswersToFirstOfTwoAsync(wire, "htpi.tenant.verify.access", null, """{"userId": "usr-marco-alvarez", "tenantId": "tnt-summit"}""");

        Assert.Equal(["client", "client"], stats.Select(a => a.Route));
        Assert.Equal(stats[0].Message.Body.GetRawText(), stats[1].Message.Body.GetRawText());
        Assert.Equal(["reply", "reply"], access.Select(a => a.Route));
    }

    /// <summary>
    /// Sends the request twice, each time with a clientId, a responseChannel and a reply subject, and waits for the second
    /// one's answer on its documented route; returns every message that reached any route of the first one.
    /// </summary>
    private static async Task<List<(string Route, WireMessage Message)>> AnswersToFirstOfTwoAsync(HtpiWire wire, string subject, string? area, string fields)
    {
        string? token = null;
        if (fields.Contains("TOKEN", StringComparison.Ordinal))
        {
            token = await wire.LoginAsync("dana.whitfield@example.com", "demo-password-1");
        }

        var clientIds = new[] { wire.NewClientId(), wire.NewClientId() };
        foreach (var clientId in clientIds)
        {
            var body = HtpiWire.Request(clientId, JsonSerializer.Deserialize<JsonElement>(fields.Replace("TOKEN", token, StringComparison.Ordinal)), token);
            body["responseChannel"] = "channel." + clientId;
            await wire.SendAsync(subject, body, "_reply." + clientId);
        }

        await wire.NextOnAsync(area is null ? "_reply." + clientIds[1] : $"customer.{area}.response.{clientIds[1]}");
        var first = clientIds[0];
        return wire.Seen
            .Select(message => (Route: message.Subject == "_reply." + first ? "reply"
                : message.Subject == "channel." + first ? "channel"
                : message.Subject == $"customer.{area}.response.{first}" ? "client"
                : message.Subject.EndsWith(".response." + first, StringComparison.Ordinal) ? "another client subject"
                : null, Message: message))
            .Where(answer => answer.Route is not null)
            .Select(answer => (answer.Route!, answer.Message))
            .ToList();
    }
}
