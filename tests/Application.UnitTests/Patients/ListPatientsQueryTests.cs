using Portal.Application.Patients.Queries.ListPatients;
using Portal.Testing.Fakes;
using Portal.Domain.Common;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Patients;

public sealed class ListPatientsQueryTests
{
    private readonly FakePatientRegistry registry = new();

    [Fact]
    public async Task Lists_the_requested_page_of_the_tenant_with_a_trimmed_search()
    {
        registry.Add(Samples.Patient("pat-1", firstName: "Ada"));
        registry.Add(Samples.Patient("pat-2", firstName: "Grace"));
        registry.Add(Samples.Patient("pat-3", tenant: new TenantId("tenant-2"), firstName: "Ada"));

        var page = await new ListPatientsQueryHandler(registry).Handle(
            new ListPatientsQuery(Samples.Access, "  ada ", 1, 10), CancellationToken.None);

        Assert.Equal("pat-1", Assert.Single(page.Items).Id.Value);
        Assert.Equal("ada", registry.LastSearch);
        Assert.Equal(new PageRequest(1, 10), registry.LastPage);
        Assert.Equal(Samples.Access.ToScope(), registry.LastScope);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_search_asks_for_everyone(string? search)
    {
        await new ListPatientsQueryHandler(registry).Handle(new ListPatientsQuery(Samples.Access, search, 2, 5), CancellationToken.None);

        Assert.Null(registry.LastSearch);
        Assert.Equal(new PageRequest(2, 5), registry.LastPage);
    }

    [Theory]
    [InlineData(null, 1, 1)]
    [InlineData("ada", 3, 100)]
    public void Good_input_passes(string? search, int page, int size) =>
        Assert.True(new ListPatientsQueryValidator().Validate(new ListPatientsQuery(Samples.Access, search, page, size)).IsValid);

    [Theory]
    [InlineData(101, 1, 25, "Search")]
    [InlineData(0, 0, 25, "Page")]
    [InlineData(0, 1, 0, "PageSize")]
    [InlineData(0, 1, 101, "PageSize")]
    public void Bad_input_is_refused(int searchLength, int page, int size, string property)
    {
        var result = new ListPatientsQueryValidator().Validate(
            new ListPatientsQuery(Samples.Access, new string('a', searchLength), page, size));

        Assert.Equal(property, Assert.Single(result.Errors).PropertyName);
    }

    [Theory]
    [InlineData("ada\0")]
    [InlineData("ada\nlovelace")]
    public void A_search_with_a_control_character_is_refused_beside_the_search_field(string search) =>
        Assert.Equal(
            "Search must be one line, without tabs or other control characters.",
            Assert.Single(new ListPatientsQueryValidator().Validate(new ListPatientsQuery(Samples.Access, search, 1, 25)).Errors).ErrorMessage);

    [Fact]
    public void The_search_text_stays_out_of_the_text_form() =>
        Assert.DoesNotContain("Lovelace", new ListPatientsQuery(Samples.Access, "Lovelace", 1, 25).ToString(), StringComparison.Ordinal);
}
