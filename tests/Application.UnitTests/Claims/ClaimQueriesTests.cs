using Portal.Application.Claims.Queries.GetClaim;
using Portal.Application.Claims.Queries.ListClaims;
using Portal.Application.Common.Exceptions;
using Portal.Testing.Fakes;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Claims;

public sealed class ClaimQueriesTests
{
    private readonly FakeClaimRegistry registry = new();

    [Fact]
    public async Task Lists_the_patients_claim_summaries()
    {
        registry.Add(Samples.Tenant, new PatientId("pat-1"), Samples.Claim("clm-1"));
        registry.Add(Samples.Tenant, new PatientId("pat-1"), Samples.Claim("clm-2"));
        registry.Add(Samples.Tenant, new PatientId("pat-2"), Samples.Claim("clm-3"));

        var claims = await new ListClaimsQueryHandler(registry).Handle(new ListClaimsQuery(Samples.Access, "pat-1"), CancellationToken.None);

        Assert.Equal(["clm-1", "clm-2"], claims.Select(c => c.Id.Value));
    }

    [Fact]
    public async Task Gets_a_claim_with_its_lines()
    {
        var claim = Samples.Claim("clm-1");
        registry.Add(Samples.Tenant, new PatientId("pat-1"), claim);

        var found = await new GetClaimQueryHandler(registry).Handle(new GetClaimQuery(Samples.Access, "clm-1"), CancellationToken.None);

        Assert.Same(claim, found);
        Assert.Equal("99213", Assert.Single(found.Lines).ProcedureCode);
    }

    [Fact]
    public async Task Another_tenants_claim_is_not_found()
    {
        registry.Add(new TenantId("tenant-2"), new PatientId("pat-1"), Samples.Claim("clm-1"));

        await Assert.ThrowsAsync<NotFoundException>(
            () => new GetClaimQueryHandler(registry).Handle(new GetClaimQuery(Samples.Access, "clm-1"), CancellationToken.None));
    }

    [Theory]
    [InlineData("clm-1", true)]
    [InlineData("", false)]
    [InlineData("clm.1", false)]
    public void Ids_must_be_identifiers(string id, bool valid)
    {
        Assert.Equal(valid, new GetClaimQueryValidator().Validate(new GetClaimQuery(Samples.Access, id)).IsValid);
        Assert.Equal(valid, new ListClaimsQueryValidator().Validate(new ListClaimsQuery(Samples.Access, id)).IsValid);
    }
}
