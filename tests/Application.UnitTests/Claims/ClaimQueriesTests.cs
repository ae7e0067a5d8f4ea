using Portal.Application.Claims.Queries.GetClaim;
using Portal.Application.Claims.Queries.ListClaims;
using Portal.Application.Common.Exceptions;
using Portal.Testing.Fakes;
using Portal.Domain.Claims;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Claims;

public sealed class ClaimQueriesTests
{
    private readonly FakeClaimRegistry registry = new();
    private readonly FakePatientRegistry patients = new();

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

        var found = await Handle(new GetClaimQuery(Samples.Access, "clm-1"));

        Assert.Equal(claim.Summary, found.Claim.Summary);
        Assert.Equal("99213", Assert.Single(found.Claim.Lines).ProcedureCode);
        Assert.Null(found.Patient);
    }

    [Fact]
    public async Task Another_tenants_claim_is_not_found()
    {
        registry.Add(new TenantId("tenant-2"), new PatientId("pat-1"), Samples.Claim("clm-1"));

        await Assert.ThrowsAsync<NotFoundException>(() => Handle(new GetClaimQuery(Samples.Access, "clm-1")));
    }

    [Fact]
    public async Task The_patient_it_was_opened_for_is_named_when_the_claim_is_among_theirs()
    {
        patients.Add(Samples.Patient("pat-1"));
        registry.Add(Samples.Tenant, new PatientId("pat-1"), Samples.Claim("clm-1"));

        var found = await Handle(new GetClaimQuery(Samples.Access, "clm-1", "pat-1"));

        Assert.Equal(new PatientId("pat-1"), found.Patient?.Id);
    }

    [Fact]
    public async Task A_patient_whose_claims_do_not_hold_the_claim_is_not_named()
    {
        patients.Add(Samples.Patient("pat-2"));
        registry.Add(Samples.Tenant, new PatientId("pat-1"), Samples.Claim("clm-1"));

        var found = await Handle(new GetClaimQuery(Samples.Access, "clm-1", "pat-2"));

        Assert.Equal("clm-1", found.Claim.Summary.Id.Value);
        Assert.Null(found.Patient);
    }

    [Fact]
    public async Task A_claim_that_names_its_tenant_is_shown_without_the_patient_when_the_patient_cannot_be_had()
    {
        registry.Add(Samples.Tenant, new PatientId("pat-1"), Samples.Claim("clm-1"));
        patients.Add(Samples.Patient("pat-1"));
        patients.Failure = new BackendUnavailableException("patients", "timed out");

        var found = await Handle(new GetClaimQuery(Samples.Access, "clm-1", "pat-1"));

        Assert.Equal("clm-1", found.Claim.Summary.Id.Value);
        Assert.Null(found.Patient);
    }

    [Fact]
    public async Task A_claim_that_names_no_tenant_is_shown_as_one_of_its_patients_claims()
    {
        registry.NamesTenant = false;
        patients.Add(Samples.Patient("pat-1"));
        registry.Add(Samples.Tenant, new PatientId("pat-1"), Samples.Claim("clm-1"));

        var found = await Handle(new GetClaimQuery(Samples.Access, "clm-1", "pat-1"));

        Assert.Equal("clm-1", found.Claim.Summary.Id.Value);
        Assert.Equal(new PatientId("pat-1"), found.Patient?.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("pat-2")]
    [InlineData("pat-elsewhere")]
    public async Task A_claim_that_names_no_tenant_and_no_patient_of_the_tenant_lists_could_be_any_practices_and_is_not_found(string? patientId)
    {
        // HTPI services check no tenant: a claims service may answer any practice's claim to any practice.
        registry.NamesTenant = false;
        patients.Add(Samples.Patient("pat-2"));
        registry.Add(Samples.Tenant, new PatientId("pat-1"), Samples.Claim("clm-1"));

        await Assert.ThrowsAsync<NotFoundException>(() => Handle(new GetClaimQuery(Samples.Access, "clm-1", patientId)));
    }

    [Fact]
    public async Task When_the_patients_claims_cannot_be_listed_a_claim_that_names_no_tenant_is_that_failure()
    {
        registry.NamesTenant = false;
        patients.Add(Samples.Patient("pat-1"));
        registry.Add(Samples.Tenant, new PatientId("pat-1"), Samples.Claim("clm-1"));
        registry.ListAnswer = _ => Task.FromException<IReadOnlyList<Claim>>(new BackendUnavailableException("claims", "timed out"));

        await Assert.ThrowsAsync<BackendUnavailableException>(() => Handle(new GetClaimQuery(Samples.Access, "clm-1", "pat-1")));
    }

    [Theory]
    [InlineData("clm-1", true)]
    [InlineData("", false)]
    [InlineData("clm.1", false)]
    public void Ids_must_be_identifiers(string id, bool valid)
    {
        Assert.Equal(valid, new GetClaimQueryValidator().Validate(new GetClaimQuery(Samples.Access, id)).IsValid);
        Assert.Equal(valid, new GetClaimQueryValidator().Validate(new GetClaimQuery(Samples.Access, "clm-1", id)).IsValid);
        Assert.Equal(valid, new ListClaimsQueryValidator().Validate(new ListClaimsQuery(Samples.Access, id)).IsValid);
    }

    private Task<ClaimView> Handle(GetClaimQuery query) => new GetClaimQueryHandler(registry, patients).Handle(query, CancellationToken.None);
}
