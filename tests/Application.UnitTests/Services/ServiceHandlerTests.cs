using Portal.Application.Services.Queries.GetService;
using Portal.Application.Services.Queries.GetServicesSummary;
using Portal.Application.Services.Queries.GetServiceUsage;
using Portal.Application.Services.Queries.ListServices;
using Portal.Testing.Fakes;
using Portal.Domain.Common;
using Portal.Domain.Services;

namespace Portal.Application.UnitTests.Services;

public sealed class ServiceHandlerTests
{
    private readonly FakeServiceCatalog catalog = new();

    [Theory]
    [InlineData("active", ServiceStatus.Active)]
    [InlineData("SUSPENDED", ServiceStatus.Suspended)]
    [InlineData(" pending ", ServiceStatus.Pending)]
    [InlineData("expired", ServiceStatus.Expired)]
    public async Task Listing_services_passes_the_status_code_as_a_domain_filter(string code, ServiceStatus expected)
    {
        await new ListServicesQueryHandler(catalog).Handle(new ListServicesQuery(ServiceSamples.Access, code, null), default);

        Assert.Equal(expected, catalog.LastFilter!.Status);
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("", "  ", null, null)]
    [InlineData("active", "vps", ServiceStatus.Active, "vps")]
    [InlineData(null, " shared_hosting ", null, "shared_hosting")]
    public async Task Blank_criteria_do_not_filter(string? status, string? type, ServiceStatus? expectedStatus, string? expectedType)
    {
        await new ListServicesQueryHandler(catalog).Handle(new ListServicesQuery(ServiceSamples.Access, status, type), default);

        Assert.Equal(new ServiceFilter(expectedStatus, expectedType), catalog.LastFilter);
    }

    [Fact]
    public async Task Listing_services_asks_for_the_requested_page_on_behalf_of_the_caller()
    {
        using var cancellation = new CancellationTokenSource();

        await new ListServicesQueryHandler(catalog).Handle(
            new ListServicesQuery(ServiceSamples.Access, null, null, 4, 100), cancellation.Token);

        Assert.Equal(new PageRequest(4, 100), catalog.LastPage);
        Assert.Equal(ServiceSamples.Access.ToScope(), catalog.LastScope);
        Assert.Equal(cancellation.Token, catalog.LastCancellationToken);
    }

    [Fact]
    public async Task A_service_is_fetched_by_its_id()
    {
        var detail = ServiceSamples.Detail("svc-42");
        catalog.Add(detail);

        var found = await new GetServiceQueryHandler(catalog).Handle(new GetServiceQuery(ServiceSamples.Access, "svc-42"), default);

        Assert.Same(detail, found);
    }

    [Theory]
    [InlineData("7d", UsagePeriod.Last7Days)]
    [InlineData("30d", UsagePeriod.Last30Days)]
    [InlineData("90D", UsagePeriod.Last90Days)]
    public async Task Usage_is_asked_for_the_period_the_code_names(string code, UsagePeriod expected)
    {
        catalog.Add(ServiceSamples.Detail("svc-1"));

        var usage = await new GetServiceUsageQueryHandler(catalog).Handle(
            new GetServiceUsageQuery(ServiceSamples.Access, "svc-1", code), default);

        Assert.Equal(expected, catalog.LastPeriod);
        Assert.Equal(new ServiceId("svc-1"), catalog.LastServiceId);
        Assert.Equal(expected, usage.History.Period);
    }

    [Fact]
    public async Task The_services_summary_is_the_catalogs()
    {
        catalog.Summary = new ServicesSummary(4, 2, 1, 1, 0, 1, new Money(19_600, "RON"));

        var summary = await new GetServicesSummaryQueryHandler(catalog).Handle(new GetServicesSummaryQuery(ServiceSamples.Access), default);

        Assert.Same(catalog.Summary, summary);
        Assert.Equal(ServiceSamples.Access.ToScope(), catalog.LastScope);
    }
}
