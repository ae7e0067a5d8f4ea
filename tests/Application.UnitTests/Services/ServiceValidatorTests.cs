using Portal.Application.Services.Queries.GetService;
using Portal.Application.Services.Queries.GetServiceUsage;
using Portal.Application.Services.Queries.ListServices;
using Portal.Application.UnitTests.Common;

namespace Portal.Application.UnitTests.Services;

public sealed class ServiceValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pending")]
    [InlineData("provisioning")]
    [InlineData("Active")]
    [InlineData("suspended")]
    [InlineData("failed")]
    [InlineData("terminated")]
    [InlineData("expired")]
    public void Known_or_blank_service_statuses_are_accepted(string? status) =>
        Assert.True(new ListServicesQueryValidator().Validate(new ListServicesQuery(ServiceSamples.Access, status, null)).IsValid);

    [Theory]
    [InlineData("unknown")]
    [InlineData("running")]
    [InlineData("cancelled")]
    [InlineData("3")]
    public void Unknown_service_statuses_are_refused(string status)
    {
        var result = new ListServicesQueryValidator().Validate(new ListServicesQuery(ServiceSamples.Access, status, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ListServicesQuery.Status), error.PropertyName);
        Assert.StartsWith("Status must be one of: pending, provisioning, active,", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("vps", true)]
    [InlineData("shared_hosting", true)]
    [InlineData("web hosting", false)]
    [InlineData("vps.*", false)]
    public void Service_types_are_codes(string? type, bool valid)
    {
        var result = new ListServicesQueryValidator().Validate(new ListServicesQuery(ServiceSamples.Access, null, type));

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal(nameof(ListServicesQuery.ServiceType), e.PropertyName));
    }

    [Theory]
    [MemberData(nameof(ValidatorCases.PagingLimits), MemberType = typeof(ValidatorCases))]
    public void Service_paging_stays_within_limits(int page, int size, bool valid) =>
        Assert.Equal(valid, new ListServicesQueryValidator().Validate(new ListServicesQuery(ServiceSamples.Access, null, null, page, size)).IsValid);

    [Theory]
    [InlineData("7d", true)]
    [InlineData("30d", true)]
    [InlineData("90d", true)]
    [InlineData("30D", true)]
    [InlineData("", false)]
    [InlineData("1d", false)]
    [InlineData("365d", false)]
    [InlineData("30", false)]
    [InlineData("Last30Days", false)]
    public void Only_the_three_usage_periods_are_accepted(string period, bool valid)
    {
        var result = new GetServiceUsageQueryValidator().Validate(new GetServiceUsageQuery(ServiceSamples.Access, "svc-1", period));

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Period must be one of: 7d, 30d, 90d.", e.ErrorMessage));
    }

    [Theory]
    [MemberData(nameof(ValidatorCases.Identifiers), "svc-1", "42", MemberType = typeof(ValidatorCases))]
    public void Service_ids_must_be_identifiers(string id, bool valid)
    {
        Assert.Equal(valid, new GetServiceQueryValidator().Validate(new GetServiceQuery(ServiceSamples.Access, id)).IsValid);
        Assert.Equal(valid, new GetServiceUsageQueryValidator().Validate(new GetServiceUsageQuery(ServiceSamples.Access, id, "7d")).IsValid);
    }
}
