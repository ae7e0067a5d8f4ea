using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.Ports;

public sealed class TenantDirectoryTests
{
    private readonly FakeMessageBus bus = new();
    private readonly Adapter adapter;

    public TenantDirectoryTests() => adapter = new Adapter(bus);

    [Fact]
    public async Task Lists_the_users_tenants_with_status_role_and_features()
    {
        bus.AnswerWith(WireSamples.Tenants);

        var tenants = await adapter.Tenants.ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-1"), CancellationToken.None);

        var request = bus.LastRequest;
        Assert.Equal("htpi.tenant.list.for.user", request.Subject);
        Assert.StartsWith("customer.tenants.response.", request.ReplySubject, StringComparison.Ordinal);
        Assert.Equal("user-1", request.Field("userId"));
        Assert.Equal("list", request.Field("requestType"));
        Assert.Equal(TestScope.Token, request.Field("token"));
        Assert.False(request.Has("userEmail"));
        Assert.Equal(2, tenants.Count);
        Assert.Equal(new TenantId("tenant-a"), tenants[0].Id);
        Assert.Equal("Alpha Clinic", tenants[0].Name);
        Assert.Equal(TenantStatus.Active, tenants[0].Status);
        Assert.Equal("owner", tenants[0].Role);
        Assert.Equal(["claims", "insurance"], tenants[0].Features);
        Assert.Equal(TenantStatus.Suspended, tenants[1].Status);
        Assert.Null(tenants[1].Role);
        Assert.Empty(tenants[1].Features);
    }

    [Fact]
    public async Task A_tenant_without_a_name_is_shown_by_its_id_and_features_that_are_no_list_are_none()
    {
        bus.AnswerWith("""
            {"success": true, "tenants": [
              {"id": "tenant-a", "name": null, "status": "active", "settings": {"features": "patients,claims"}},
              {"id": "tenant-b", "name": " ", "settings": {"features": ["claims", 7, null, ""]}}]}
            """);

        var tenants = await adapter.Tenants.ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-1"), CancellationToken.None);

        Assert.Equal(("tenant-a", "tenant-a"), (tenants[0].Id.Value, tenants[0].Name));
        Assert.Empty(tenants[0].Features);
        Assert.Equal(("tenant-b", "tenant-b"), (tenants[1].Id.Value, tenants[1].Name));
        Assert.Equal(["claims"], tenants[1].Features);
    }

    [Theory]
    [InlineData("\"{\\\"features\\\": [\\\"claims\\\"], \\\"platform_customer_id\\\": 7}\"")]
    [InlineData("[\"claims\"]")]
    [InlineData("true")]
    public async Task Settings_that_are_no_object_are_no_features_and_no_platform_link_not_the_tenants_lost(string settings)
    {
        bus.AnswerWith(WireSamples.Tenants.Replace("\"settings\": {\"features\": [\"claims\", \"insurance\"]}", "\"settings\": " + settings, StringComparison.Ordinal));

        var tenants = await adapter.Tenants.ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-1"), CancellationToken.None);

        Assert.Equal(["tenant-a", "tenant-b"], tenants.Select(tenant => tenant.Id.Value));
        Assert.Equal(("Alpha Clinic", TenantStatus.Active, null), (tenants[0].Name, tenants[0].Status, tenants[0].PlatformCustomerId));
        Assert.Empty(tenants[0].Features);
    }

    [Fact]
    public async Task A_tenant_Portal_cannot_address_is_left_out_and_the_others_are_listed_with_their_status_as_sent()
    {
        bus.AnswerWith("""
            {"success": true, "tenants": [
              {"id": "org.lakeside", "name": "Lakeside"},
              {"name": "No id"},
              {"id": "tenant-b", "name": "Harbor", "status": "onboarding_review"}]}
            """);

        var tenants = await adapter.Tenants.ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-1"), CancellationToken.None);

        var harbor = Assert.Single(tenants);
        Assert.Equal(("tenant-b", TenantStatus.Unknown, "onboarding_review"), (harbor.Id.Value, harbor.Status, harbor.StatusCode));
    }

    [Fact]
    public async Task A_name_or_status_sent_as_a_number_is_shown_as_its_text_not_the_list_lost()
    {
        bus.AnswerWith("""
            {"success": true, "tenants": [
              {"id": "tenant-a", "name": 12345, "status": 1, "role": {"name": "owner"}},
              {"id": 7, "name": "Harbor", "status": "active"}]}
            """);

        var tenants = await adapter.Tenants.ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-1"), CancellationToken.None);

        Assert.Equal(
            [("tenant-a", "12345", TenantStatus.Unknown, "1", (string?)null), ("7", "Harbor", TenantStatus.Active, "active", null)],
            tenants.Select(tenant => (tenant.Id.Value, tenant.Name, tenant.Status, tenant.StatusCode, tenant.Role)));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"tenant-c\"")]
    public async Task A_tenant_entry_that_is_no_object_is_left_out_not_the_list(string entry)
    {
        bus.AnswerWith(WireSamples.Tenants.Replace("\"tenants\": [", "\"tenants\": [" + entry + ", ", StringComparison.Ordinal));

        var tenants = await adapter.Tenants.ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-1"), CancellationToken.None);

        Assert.Equal(["tenant-a", "tenant-b"], tenants.Select(tenant => tenant.Id.Value));
    }

    [Fact]
    public async Task A_tenant_listed_twice_is_shown_once_by_its_first_entry()
    {
        bus.AnswerWith("""
            {"success": true, "tenants": [
              {"id": "tenant-a", "name": "Alpha Clinic"},
              {"id": "tenant-b", "name": "Harbor"},
              {"id": " tenant-a ", "name": "Alpha Clinic (again)"}]}
            """);

        var tenants = await adapter.Tenants.ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-1"), CancellationToken.None);

        Assert.Equal([("tenant-a", "Alpha Clinic"), ("tenant-b", "Harbor")], tenants.Select(tenant => (tenant.Id.Value, tenant.Name)));
    }

    [Fact]
    public async Task Access_check_sends_camel_case_ids_and_reads_has_access()
    {
        bus.AnswerWith(WireSamples.AccessGranted);

        var allowed = await adapter.Tenants.HasAccessAsync(TestScope.Of(), CancellationToken.None);

        var request = bus.LastRequest;
        Assert.Equal("htpi.tenant.verify.access", request.Subject);
        Assert.Equal("user-1", request.Field("userId"));
        Assert.Equal(TestScope.TenantA, request.Field("tenantId"));
        Assert.False(request.Has("user_id"));
        Assert.False(request.Has("tenant_id"));
        Assert.True(allowed);
    }

    [Fact]
    public async Task Denied_access_is_false()
    {
        bus.AnswerWith("""{"hasAccess": false, "userId": "user-1", "tenantId": "tenant-a"}""");

        Assert.False(await adapter.Tenants.HasAccessAsync(TestScope.Of(), CancellationToken.None));
    }

    [Fact]
    public async Task Snake_case_has_access_is_not_read_as_a_yes()
    {
        bus.AnswerWith("""{"has_access": true}""");

        await Assert.ThrowsAsync<BackendUnavailableException>(() => adapter.Tenants.HasAccessAsync(TestScope.Of(), CancellationToken.None));
    }

    [Fact]
    public async Task An_answer_about_another_tenant_is_not_a_yes()
    {
        bus.AnswerWith("""{"hasAccess": true, "userId": "user-1", "tenantId": "tenant-b"}""");

        await Assert.ThrowsAsync<BackendUnavailableException>(() => adapter.Tenants.HasAccessAsync(TestScope.Of(), CancellationToken.None));
    }
}
