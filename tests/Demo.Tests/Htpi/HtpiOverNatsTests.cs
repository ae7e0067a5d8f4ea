using System.Text.Json;
using Portal.Adapters.Nats.Messaging;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Htpi;

public sealed class HtpiOverNatsTests(HtpiHostFixture fixture) : IClassFixture<HtpiHostFixture>
{
    private HtpiClient Client => fixture.Client;

    [Theory]
    [InlineData("dana.whitfield@example.com", "demo-password-1", 2)]
    [InlineData("marco.alvarez@example.com", "demo-password-2", 1)]
    public async Task Customer_users_log_in_and_see_their_tenants(string email, string password, int tenantCount)
    {
        var answer = await Client.RequestAsync("htpi.auth.login", "auth", new { email, password });

        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal(email, answer.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal(tenantCount, answer.GetProperty("user").GetProperty("tenants").GetArrayLength());
        Assert.Equal(3, answer.GetProperty("token").GetString()!.Split('.').Length);
    }

    [Fact]
    public async Task The_operator_is_not_allowed_into_the_customer_portal()
    {
        var answer = await Client.RequestAsync("htpi.auth.login", "auth", new { email = "olivia.grant@example.com", password = "demo-password-3" });

        Assert.False(answer.GetProperty("success").GetBoolean());
        Assert.Equal("not allowed in the customer portal", answer.GetProperty("error").GetString());
        Assert.False(answer.TryGetProperty("token", out _));
    }

    [Fact]
    public async Task Logout_ends_that_token_and_no_other_sign_in_of_the_same_user()
    {
        var ended = await Client.LoginAsync("marco.alvarez@example.com", "demo-password-2");
        var other = await Client.LoginAsync("marco.alvarez@example.com", "demo-password-2");

        var logout = await Client.RequestAsync("htpi.auth.logout", "auth", new { }, ended);
        var again = await Client.RequestAsync("htpi.auth.logout", "auth", new { }, ended);

        Assert.True(logout.GetProperty("success").GetBoolean());
        Assert.False(again.GetProperty("success").GetBoolean());
        Assert.False((await Client.RequestAsync("htpi.auth.verify", "auth", new { }, ended)).GetProperty("valid").GetBoolean());
        Assert.True((await Client.RequestAsync("htpi.auth.verify", "auth", new { }, other)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Wrong_password_fails()
    {
        var answer = await Client.RequestAsync("htpi.auth.login", "auth", new { email = "dana.whitfield@example.com", password = "demo-password-2" });

        Assert.False(answer.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Seed_style_subject_answers_on_the_client_subject_whatever_the_reply_subject()
    {
        var token = await Client.LoginAsync("dana.whitfield@example.com", "demo-password-1");
        var clientId = Client.NextClientId();
        using var stop = new CancellationTokenSource(HtpiClient.Timeout);
        var (answers, first) = await HtpiClient.SubscribeAsync(Client.Bus, "customer.patients.response." + clientId, stop.Token);
        await using (answers)
        {
            // htpi.patient.list answers seed style: the request's own reply subject must stay silent.
            var replyInstead = Client.Bus.RequestAsync(
                "htpi.patient.list",
                "_test.reply." + Guid.NewGuid().ToString("N") + ".1",
                HtpiClient.Payload(clientId, new { tenantId = "tnt-riverside", userId = "usr-dana-whitfield", requestType = "list" }, token),
                TimeSpan.FromSeconds(1),
                CancellationToken.None);

            Assert.True(await first);
            var answer = JsonSerializer.Deserialize<JsonElement>(answers.Current.Payload.Span);
            Assert.Equal("list", answer.GetProperty("responseType").GetString());
            Assert.NotEqual(0, answer.GetProperty("patients").GetArrayLength());
            await Assert.ThrowsAsync<RequestTimedOutException>(() => replyInstead);
        }
    }

    [Fact]
    public async Task Request_reply_subject_answers_on_the_reply_subject()
    {
        var token = await Client.LoginAsync("marco.alvarez@example.com", "demo-password-2");
        var replySubject = "_test.reply." + Guid.NewGuid().ToString("N") + ".1";

        // htpi.dashboard.get.stats answers request-reply: the responseChannel below is not where the answer goes.
        var reply = await Client.Bus.RequestAsync(
            "htpi.dashboard.get.stats",
            replySubject,
            HtpiClient.Payload("elsewhere.1", new { tenantId = "tnt-summit", userId = "usr-marco-alvarez" }, token, responseChannel: "customer.dashboard.response.elsewhere.1"),
            HtpiClient.Timeout,
            CancellationToken.None);

        var answer = JsonSerializer.Deserialize<JsonElement>(reply.Payload.Span);
        Assert.Equal(replySubject, reply.Subject);
        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal(50, answer.GetProperty("stats").GetProperty("patients").GetProperty("total").GetInt32());
        Assert.Equal("tnt-summit", answer.GetProperty("tenantId").GetString());
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjoidXNyLWRhbmEtd2hpdGZpZWxkIn0.c2lnbmF0dXJl")]
    public async Task Bad_token_gets_success_false(string token)
    {
        var stats = await Client.RequestAsync("htpi.dashboard.get.stats", "dashboard", new { tenantId = "tnt-riverside", userId = "usr-dana-whitfield" }, token);
        var verify = await Client.RequestAsync("htpi.auth.verify", "auth", new { }, token);

        Assert.False(stats.GetProperty("success").GetBoolean());
        Assert.Equal("invalid token", stats.GetProperty("error").GetString());
        Assert.False(verify.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Good_token_verifies_with_snake_case_claims()
    {
        var token = await Client.LoginAsync("dana.whitfield@example.com", "demo-password-1");

        var verify = await Client.RequestAsync("htpi.auth.verify", "auth", new { }, token);

        Assert.True(verify.GetProperty("valid").GetBoolean());
        Assert.Equal("usr-dana-whitfield", verify.GetProperty("user_id").GetString());
        Assert.Equal("customer", verify.GetProperty("portal").GetString());
    }

    [Fact]
    public async Task Tenant_access_is_answered_as_hasAccess_and_other_tenants_are_denied()
    {
        var token = await Client.LoginAsync("marco.alvarez@example.com", "demo-password-2");

        var own = await Client.RequestAsync("htpi.tenant.verify.access", "tenants", new { userId = "usr-marco-alvarez", tenantId = "tnt-summit" }, token);
        var other = await Client.RequestAsync("htpi.tenant.verify.access", "tenants", new { userId = "usr-marco-alvarez", tenantId = "tnt-riverside" }, token);
        var patients = await Client.RequestAsync("htpi.patient.list", "patients", new { tenantId = "tnt-riverside", userId = "usr-marco-alvarez", requestType = "list" }, token);

        Assert.True(own.GetProperty("hasAccess").GetBoolean());
        Assert.False(other.GetProperty("hasAccess").GetBoolean());
        Assert.False(patients.GetProperty("success").GetBoolean());
        Assert.Equal("access denied", patients.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Every_subject_of_the_contract_answers()
    {
        var token = await Client.LoginAsync("dana.whitfield@example.com", "demo-password-1");
        var scope = new { tenantId = "tnt-harbor", userId = "usr-dana-whitfield" };

        var tenants = await Client.RequestAsync("htpi.tenant.list.for.user", "tenants", new { userId = "usr-dana-whitfield", userEmail = "dana.whitfield@example.com", requestType = "list" }, token);
        var refresh = await Client.RequestAsync("htpi.auth.refresh", "auth", new { }, token);
        var activity = await Client.RequestAsync("htpi.dashboard.get.activity", "dashboard", scope, token);
        var alerts = await Client.RequestAsync("htpi.dashboard.get.alerts", "dashboard", scope, token);
        var list = await Client.RequestAsync("htpi.patient.list", "patients", new { tenantId = "tnt-harbor", userId = "usr-dana-whitfield", requestType = "list", search = "a", page = 1, limit = 10 }, token);
        var patientId = list.GetProperty("patients")[0].GetProperty("id").GetString();
        var patient = await Client.RequestAsync("htpi.patient.get", "patients", new { tenantId = "tnt-harbor", patientId }, token);
        var insurance = await Client.RequestAsync("htpi.insurance.list.for.patient", "insurance", new { tenantId = "tnt-harbor", patientId }, token);
        var claims = await Client.RequestAsync("htpi.claims.list.for.patient", "claims", new { tenantId = "tnt-harbor", patientId }, token);
        var claimId = claims.GetProperty("claims")[0].GetProperty("id").GetString();
        var claim = await Client.RequestAsync("htpi.claims.get", "claims", new { tenantId = "tnt-harbor", claimId }, token);

        Assert.Equal(["tnt-riverside", "tnt-harbor"], tenants.GetProperty("tenants").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.NotNull(tenants.GetProperty("tenants")[0].GetProperty("settings").GetProperty("features")[0].GetString());
        Assert.True(refresh.GetProperty("success").GetBoolean());
        Assert.NotEqual(0, activity.GetProperty("activities").GetArrayLength());
        Assert.NotEqual(0, alerts.GetProperty("alerts").GetArrayLength());
        Assert.Equal(10, list.GetProperty("patients").GetArrayLength());
        Assert.Equal(10, list.GetProperty("pagination").GetProperty("limit").GetInt32());
        Assert.True(list.GetProperty("total").GetInt32() > 10);
        Assert.Matches(@"^\*\*\*-\*\*-\d{4}$", patient.GetProperty("patient").GetProperty("ssn").GetString());
        Assert.Equal("tnt-harbor", patient.GetProperty("patient").GetProperty("tenantId").GetString());
        Assert.True(insurance.GetProperty("success").GetBoolean());
        Assert.NotEqual(0, claim.GetProperty("claim").GetProperty("lines").GetArrayLength());
        Assert.Equal(claimId, claim.GetProperty("claim").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Created_patient_is_answered_and_broadcast()
    {
        var token = await Client.LoginAsync("dana.whitfield@example.com", "demo-password-1");
        var firstName = "Testcase" + Guid.NewGuid().ToString("N")[..6];
        using var stop = new CancellationTokenSource(HtpiClient.Timeout);
        var (broadcasts, first) = await HtpiClient.SubscribeAsync(Client.Bus, "customer.broadcast.patients.tnt-riverside", stop.Token);
        await using (broadcasts)
        {
            var answer = await Client.RequestAsync("htpi.patient.create", "patients",
                new { tenantId = "tnt-riverside", userId = "usr-dana-whitfield", firstName, lastName = "Example", email = "t@example.com", phone = "(503) 555-0100", dateOfBirth = "1990-04-01" },
                token);

            Assert.Equal("created", answer.GetProperty("responseType").GetString());
            Assert.Equal(firstName, answer.GetProperty("patient").GetProperty("firstName").GetString());
            var next = first;
            while (await next)
            {
                var broadcast = JsonSerializer.Deserialize<JsonElement>(broadcasts.Current.Payload.Span);
                if (broadcast.GetProperty("patient").GetProperty("firstName").GetString() == firstName)
                {
                    Assert.Equal("created", broadcast.GetProperty("type").GetString());
                    Assert.Equal("tnt-riverside", broadcast.GetProperty("tenantId").GetString());
                    return;
                }

                next = broadcasts.MoveNextAsync().AsTask();
            }

            Assert.Fail("The created patient was not broadcast.");
        }
    }

    [Fact]
    public async Task Live_broadcasts_alternate_between_dashboard_activity_and_patient_changes()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var (dashboard, firstActivity) = await HtpiClient.SubscribeAsync(Client.Bus, "customer.broadcast.dashboard.*", stop.Token);
        var (patients, firstPatient) = await HtpiClient.SubscribeAsync(Client.Bus, "customer.broadcast.patients.*", stop.Token);
        await using (dashboard)
        await using (patients)
        {
            Assert.True(await firstActivity);
            Assert.True(await firstPatient);
            var activity = JsonSerializer.Deserialize<JsonElement>(dashboard.Current.Payload.Span);
            var patient = JsonSerializer.Deserialize<JsonElement>(patients.Current.Payload.Span);

            Assert.Equal("activity", activity.GetProperty("type").GetString());
            Assert.EndsWith("." + activity.GetProperty("tenantId").GetString(), dashboard.Current.Subject, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(activity.GetProperty("data").GetProperty("description").GetString()));
            Assert.True(activity.TryGetProperty("timestamp", out _));
            Assert.Contains(patient.GetProperty("type").GetString(), new[] { "created", "updated" });
            Assert.Equal(patient.GetProperty("tenantId").GetString(), patient.GetProperty("patient").GetProperty("tenantId").GetString());
        }
    }
}
