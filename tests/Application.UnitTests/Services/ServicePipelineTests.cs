using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Queries.GetServiceUsage;
using Portal.Application.Services.Queries.ListServices;
using Portal.Testing.Fakes;
using Portal.Domain.Services;

namespace Portal.Application.UnitTests.Services;

/// <summary>Services requests sent through the real MediatR pipeline with a fake catalogue.</summary>
public sealed class ServicePipelineTests
{
    private readonly TestPipeline pipeline = new();

    private FakeServiceCatalog Catalog => pipeline.Services;

    private FakeTenantDirectory Tenants => pipeline.Tenants;

    [Fact]
    public async Task A_bad_status_filter_is_a_validation_error_naming_the_status()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => Send(new ListServicesQuery(ServiceSamples.Access, "running", null)));

        Assert.Equal([nameof(ListServicesQuery.Status)], error.Errors.Keys);
        Assert.Null(Catalog.LastScope);
    }

    [Fact]
    public async Task A_bad_period_is_a_validation_error_naming_the_period()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => Send(new GetServiceUsageQuery(ServiceSamples.Access, "svc-1", "1y")));

        Assert.Equal([nameof(GetServiceUsageQuery.Period)], error.Errors.Keys);
    }

    [Fact]
    public async Task A_good_request_lists_the_matching_services()
    {
        Catalog.Add(ServiceSamples.Service("svc-1", ServiceStatus.Active));
        Catalog.Add(ServiceSamples.Service("svc-2", ServiceStatus.Suspended));

        var page = await Send(new ListServicesQuery(ServiceSamples.Access, "suspended", null));

        Assert.Equal("svc-2", Assert.Single(page.Items).Id.Value);
        Assert.Equal([ServiceSamples.Access.ToScope()], Tenants.AccessChecks);
    }

    [Fact]
    public async Task Usage_of_a_tenant_the_caller_may_not_see_is_not_found()
    {
        Tenants.AccessAnswer = _ => Task.FromResult(false);
        Catalog.Add(ServiceSamples.Detail("svc-1"));

        await Assert.ThrowsAsync<NotFoundException>(() => Send(new GetServiceUsageQuery(ServiceSamples.Access, "svc-1", "30d")));
    }

    private Task<TResponse> Send<TResponse>(IRequest<TResponse> request) => pipeline.Mediator.Send(request);
}
