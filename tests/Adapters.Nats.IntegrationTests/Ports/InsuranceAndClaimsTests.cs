using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.Ports;

public sealed class InsuranceAndClaimsTests
{
    private readonly FakeMessageBus bus = new();
    private readonly Adapter adapter;

    public InsuranceAndClaimsTests() => adapter = new Adapter(bus);

    [Fact]
    public async Task Policies_come_primary_first_with_their_snake_case_fields()
    {
        bus.AnswerWith(WireSamples.Policies);

        var policies = await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        var request = bus.LastRequest;
        Assert.Equal("htpi.insurance.list.for.patient", request.Subject);
        Assert.StartsWith("customer.insurance.response.", request.ReplySubject, StringComparison.Ordinal);
        Assert.Equal("p-1", request.Field("patientId"));
        Assert.Equal([1, 2], policies.Select(policy => policy.CoverageOrder ?? 0));
        var primary = policies[0];
        Assert.Equal("First Health", primary.InsuranceCompany);
        Assert.Equal("PPO", primary.PlanType);
        Assert.Equal("FH-1", primary.PolicyNumber);
        Assert.Equal("G-77", primary.GroupNumber);
        Assert.Equal("self", primary.SubscriberRelationship);
        Assert.Equal(new DateOnly(2023, 1, 1), primary.EffectiveDate);
        Assert.Equal(new DateOnly(2027, 12, 31), primary.TerminationDate);
        Assert.Equal(PracticeMoney.FromCents(2550), primary.Copay);
        Assert.Equal(PracticeMoney.FromCents(100_000), primary.Deductible);
        Assert.Equal(VerificationStatus.Verified, primary.VerificationStatus);
        var secondary = policies[1];
        Assert.Equal(string.Empty, secondary.GroupNumber);
        Assert.Null(secondary.TerminationDate);
        Assert.Null(secondary.Copay);
        Assert.Equal(VerificationStatus.Pending, secondary.VerificationStatus);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"01/15/2024\"")]
    public async Task A_policy_date_that_cannot_be_read_is_a_dash_for_that_policy_alone(string effectiveDate)
    {
        bus.AnswerWith(WireSamples.Policies.Replace("\"effective_date\": \"2024-01-01\"", "\"effective_date\": " + effectiveDate, StringComparison.Ordinal));

        var policies = await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal([new DateOnly(2023, 1, 1), null], policies.Select(policy => policy.EffectiveDate));
    }

    [Fact]
    public async Task A_policy_without_amounts_a_company_a_number_or_its_coverage_order_shows_dashes_and_comes_last()
    {
        bus.AnswerWith("""
            {"policies": [
              {"verification_status": "pending", "copay": null},
              {"coverage_order": 1, "insurance_company": "First Health", "policy_number": "P-1", "copay": 25, "deductible": 1000}]}
            """);

        var policies = await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("pat-1"), CancellationToken.None);

        Assert.Equal([(int?)1, null], policies.Select(policy => policy.CoverageOrder));
        var unknown = policies[1];
        Assert.Equal((string.Empty, string.Empty, (Money?)null, (Money?)null), (unknown.InsuranceCompany, unknown.PolicyNumber, unknown.Copay, unknown.Deductible));
    }

    [Theory]
    [InlineData("\"primary\"", null)]
    [InlineData("1.5", null)]
    [InlineData("{\"order\": 1}", null)]
    [InlineData("99999999999", null)]
    [InlineData("0", null)]
    [InlineData("3.0", 3)]
    [InlineData("\"3\"", 3)]
    public async Task A_coverage_order_that_cannot_be_read_lists_that_policy_last_not_the_insurance_card_lost(string order, int? read)
    {
        bus.AnswerWith(WireSamples.Policies.Replace("\"coverage_order\": 1,", "\"coverage_order\": " + order + ",", StringComparison.Ordinal));

        var policies = await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal(
            read is null ? [("Second Mutual", 2), ("First Health", null)] : [("Second Mutual", (int?)2), ("First Health", read)],
            policies.Select(policy => (policy.InsuranceCompany, policy.CoverageOrder)));
    }

    [Theory]
    [InlineData("\"0001-01-01T00:00:00+05:00\"")]
    [InlineData("\"9999-12-31T23:59:59-05:00\"")]
    [InlineData("\"2026-13-45T10:00:00Z\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("\"12/31/2023\"")]
    public async Task Policy_dates_that_cannot_be_read_are_dashes_for_that_policy_not_the_insurance_card(string date)
    {
        bus.AnswerWith(WireSamples.Policies
            .Replace("\"effective_date\": \"2023-01-01\"", "\"effective_date\": " + date, StringComparison.Ordinal)
            .Replace("\"termination_date\": \"2027-12-31\"", "\"termination_date\": " + date, StringComparison.Ordinal));

        var policies = await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal(
            [("First Health", null, null, true), ("Second Mutual", (DateOnly?)new DateOnly(2024, 1, 1), (DateOnly?)null, false)],
            policies.Select(policy => (policy.InsuranceCompany, policy.EffectiveDate, policy.TerminationDate, policy.TerminationDateUnreadable)));
    }

    [Fact]
    public async Task A_policy_that_ends_before_it_starts_has_both_dates_unknown_not_the_card_lost()
    {
        bus.AnswerWith(WireSamples.Policies.Replace("\"termination_date\": \"2027-12-31\"", "\"termination_date\": \"2020-12-31\"", StringComparison.Ordinal));

        var policies = await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal((null, null, true), (policies[0].EffectiveDate, policies[0].TerminationDate, policies[0].TerminationDateUnreadable));
        Assert.Equal(new DateOnly(2024, 1, 1), policies[1].EffectiveDate);
    }

    [Fact]
    public async Task A_claim_without_a_readable_service_date_is_listed_last_with_a_dash()
    {
        bus.AnswerWith(WireSamples.Claims.Replace("\"service_date\": \"2026-03-01\"", "\"service_date\": null", StringComparison.Ordinal));

        var claims = await adapter.Claims.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal([("CLM-1", (DateOnly?)new DateOnly(2026, 1, 5)), ("CLM-2", null)], claims.Select(claim => (claim.ClaimNumber, claim.ServiceDate)));
    }

    [Fact]
    public async Task A_claim_without_an_id_Portal_can_address_is_left_out_of_the_patients_claims()
    {
        bus.AnswerWith(WireSamples.Claims.Replace("\"id\": \"c-2\"", "\"id\": \"../c-2\"", StringComparison.Ordinal));

        var claims = await adapter.Claims.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal(["c-1"], claims.Select(claim => claim.Id.Value));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"c-9\"")]
    public async Task A_claim_entry_that_is_no_object_is_left_out_of_the_patients_claims(string entry)
    {
        bus.AnswerWith(WireSamples.Claims.Replace("{\"claims\": [", "{\"claims\": [" + entry + ", ", StringComparison.Ordinal));

        var claims = await adapter.Claims.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal(["c-2", "c-1"], claims.Select(claim => claim.Id.Value));
    }

    [Fact]
    public async Task A_claims_status_or_payer_sent_as_a_number_is_shown_as_sent_not_the_claims_lost()
    {
        bus.AnswerWith(WireSamples.Claims
            .Replace("\"status\": \"pending\"", "\"status\": 3", StringComparison.Ordinal)
            .Replace("\"claim_number\": \"CLM-1\"", "\"claim_number\": 14", StringComparison.Ordinal)
            .Replace("\"payer\": \"First Health\"}]}", "\"payer\": {\"name\": \"First Health\"}}]}", StringComparison.Ordinal));

        var claims = await adapter.Claims.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal(
            [("c-2", ClaimStatus.Unknown, "3", string.Empty), ("c-1", ClaimStatus.Paid, "paid", "First Health")],
            claims.Select(claim => (claim.Id.Value, claim.Status, claim.StatusCode, claim.Payer)));
        Assert.Equal("14", claims[1].ClaimNumber);
    }

    [Fact]
    public async Task Claims_come_newest_service_date_first()
    {
        bus.AnswerWith(WireSamples.Claims);

        var claims = await adapter.Claims.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal("htpi.claims.list.for.patient", bus.LastRequest.Subject);
        Assert.Equal(["CLM-2", "CLM-1"], claims.Select(claim => claim.ClaimNumber));
        Assert.Equal(ClaimStatus.Pending, claims[0].Status);
        Assert.Equal(PracticeMoney.FromCents(0), claims[0].PaidAmount);
        Assert.Equal(ClaimStatus.Paid, claims[1].Status);
        Assert.Equal(new DateOnly(2026, 1, 5), claims[1].ServiceDate);
        Assert.Equal(PracticeMoney.FromCents(15_000), claims[1].TotalCharge);
        Assert.Equal(PracticeMoney.FromCents(12_010), claims[1].PaidAmount);
        Assert.Equal("First Health", claims[1].Payer);
    }

    [Fact]
    public async Task A_claim_comes_with_its_lines()
    {
        bus.AnswerWith(WireSamples.Claim);

        var claim = await adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None);

        Assert.Equal("htpi.claims.get", bus.LastRequest.Subject);
        Assert.Equal("c-1", bus.LastRequest.Field("claimId"));
        Assert.Equal(ClaimStatus.Approved, claim.Summary.Status);
        Assert.Equal(
            [new ClaimLine("99213", "Office visit", 1, PracticeMoney.FromCents(10_000)), new ClaimLine("85025", "Blood count", 2, PracticeMoney.FromCents(5_000))],
            claim.Lines);
        Assert.Null(claim.Tenant);
    }

    [Fact]
    public async Task Only_the_claims_own_tenant_id_names_its_tenant_not_the_answers_echo()
    {
        bus.AnswerWith(WireSamples.Claim.Replace("{\"claim\": {", $"{{\"tenantId\": \"{TestScope.TenantA}\", \"claim\": {{\"tenantId\": \"{TestScope.TenantA}\", ", StringComparison.Ordinal));
        var named = await adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None);
        bus.AnswerWith(WireSamples.Claim.Replace("{\"claim\": {", $"{{\"tenantId\": \"{TestScope.TenantA}\", \"claim\": {{", StringComparison.Ordinal));
        var echoed = await adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None);

        Assert.Equal(new TenantId(TestScope.TenantA), named.Tenant);
        Assert.Null(echoed.Tenant);
    }

    [Fact]
    public async Task A_claim_names_its_tenant_in_snake_case_too_as_its_other_fields_are_written()
    {
        bus.AnswerWith(WireSamples.Claim.Replace("{\"claim\": {", $"{{\"claim\": {{\"tenant_id\": \"{TestScope.TenantA}\", ", StringComparison.Ordinal));
        var named = await adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None);
        bus.AnswerWith(WireSamples.Claim.Replace("{\"claim\": {", "{\"claim\": {\"tenant_id\": \"tenant-b\", ", StringComparison.Ordinal));

        Assert.Equal(new TenantId(TestScope.TenantA), named.Tenant);
        await Assert.ThrowsAsync<NotFoundException>(() => adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_without_its_number_or_a_lines_code_is_shown_by_its_id_with_an_empty_code_and_units_may_be_fractions()
    {
        bus.AnswerWith("""
            {"claim": {"id": "c-1", "status": "approved", "service_date": "2026-01-05", "total_charge": 150.00,
              "lines": [{"description": "Therapy, per hour", "units": 1.5, "charge": 150}, {"procedure_code": "99213", "units": 0, "charge": 0}]}}
            """);

        var claim = await adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None);

        Assert.Equal("c-1", claim.Summary.ClaimNumber);
        Assert.Equal(
            [new ClaimLine(string.Empty, "Therapy, per hour", 1.5m, PracticeMoney.FromCents(15_000)), new ClaimLine("99213", string.Empty, 0, PracticeMoney.FromCents(0))],
            claim.Lines);
    }

    [Theory]
    [InlineData("-1", null)]
    [InlineData("\"two\"", null)]
    [InlineData("\"\"", null)]
    [InlineData("{\"count\": 2}", null)]
    [InlineData("1e400", null)]
    [InlineData("null", 1.0)]
    [InlineData("\" 2.5 \"", 2.5)]
    public async Task A_lines_units_that_cannot_be_read_are_unknown_for_that_line_not_the_claim_lost(string units, double? read)
    {
        bus.AnswerWith(WireSamples.Claim.Replace("\"units\": 2", "\"units\": " + units, StringComparison.Ordinal));

        var claim = await adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None);

        Assert.Equal([1m, (decimal?)read], claim.Lines.Select(line => line.Units));
    }

    [Fact]
    public async Task Missing_claim_is_not_found()
    {
        bus.AnswerWith("""{"claim": null}""");

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None));

        Assert.Equal("claim", error.What);
    }

    [Theory]
    [InlineData("-20", "-5.5", "-20.00")]
    [InlineData("\"-$20.00\"", "\"$-5.50\"", "\"- 20\"")]
    public async Task A_reversals_negative_amounts_are_kept_as_sent_not_the_claims_lost(string totalCharge, string paidAmount, string charge)
    {
        bus.AnswerWith(WireSamples.Claims.Replace("\"total_charge\": 150.00, \"paid_amount\": 120.10", $"\"total_charge\": {totalCharge}, \"paid_amount\": {paidAmount}", StringComparison.Ordinal));
        var claims = await adapter.Claims.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);
        bus.AnswerWith(WireSamples.Claim.Replace("\"total_charge\": 150.00, \"paid_amount\": 0", $"\"total_charge\": {totalCharge}, \"paid_amount\": {paidAmount}", StringComparison.Ordinal)
            .Replace("\"charge\": 100.00", "\"charge\": " + charge, StringComparison.Ordinal));
        var claim = await adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None);

        var reversed = Assert.Single(claims, listed => listed.Id == new ClaimId("c-1"));
        Assert.Equal((PracticeMoney.FromCents(-2_000), PracticeMoney.FromCents(-550)), (reversed.TotalCharge, reversed.PaidAmount));
        Assert.Equal((PracticeMoney.FromCents(-2_000), PracticeMoney.FromCents(-550)), (claim.Summary.TotalCharge, claim.Summary.PaidAmount));
        Assert.Equal([PracticeMoney.FromCents(-2_000), PracticeMoney.FromCents(5_000)], claim.Lines.Select(line => line.Charge));
    }

    [Theory]
    [InlineData("-25")]
    [InlineData("\"-$25\"")]
    [InlineData("\"call us\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    [InlineData("{\"amount\": 25}")]
    [InlineData("[25]")]
    [InlineData("1e400")]
    public async Task A_copay_or_deductible_that_is_negative_or_no_amount_is_a_dash_for_that_policy_not_the_insurance_card(string amount)
    {
        bus.AnswerWith(WireSamples.Policies.Replace("\"copay\": 25.5", "\"copay\": " + amount, StringComparison.Ordinal)
            .Replace("\"deductible\": 1000", "\"deductible\": " + amount, StringComparison.Ordinal));

        var policies = await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal(
            [("First Health", null, null), ("Second Mutual", null, (Money?)PracticeMoney.FromCents(50_000))],
            policies.Select(policy => (policy.InsuranceCompany, policy.Copay, policy.Deductible)));
    }

    [Fact]
    public async Task Amounts_written_as_dollar_text_are_read_as_the_dashboard_total_is()
    {
        bus.AnswerWith(WireSamples.Policies.Replace("\"copay\": 25.5", "\"copay\": \"$25.50\"", StringComparison.Ordinal)
            .Replace("\"deductible\": 1000", "\"deductible\": \"$1,000\"", StringComparison.Ordinal));
        var primary = (await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None))[0];
        bus.AnswerWith(WireSamples.Claim.Replace("\"total_charge\": 150.00", "\"total_charge\": \"$150\"", StringComparison.Ordinal)
            .Replace("\"charge\": 100.00", "\"charge\": \"100.00\"", StringComparison.Ordinal));
        var claim = await adapter.Claims.GetAsync(TestScope.Of(), new ClaimId("c-1"), CancellationToken.None);

        Assert.Equal((PracticeMoney.FromCents(2550), PracticeMoney.FromCents(100_000)), (primary.Copay, primary.Deductible));
        Assert.Equal(PracticeMoney.FromCents(15_000), claim.Summary.TotalCharge);
        Assert.Equal(PracticeMoney.FromCents(10_000), claim.Lines[0].Charge);
    }

    [Theory]
    [InlineData("\"call us\"")]
    [InlineData("\"--20\"")]
    [InlineData("1e400")]
    public async Task A_claim_amount_that_is_no_amount_is_malformed(string amount)
    {
        bus.AnswerWith($$"""{"claims": [{"id": "c-1", "claim_number": "CLM-1", "status": "paid", "service_date": "2026-01-05", "total_charge": {{amount}}}]}""");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => adapter.Claims.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None));

        Assert.Equal("claims", error.Area);
    }

    [Fact]
    public async Task Statuses_Portal_does_not_know_are_kept_as_the_service_spelt_them()
    {
        bus.AnswerWith(WireSamples.Policies.Replace("\"verification_status\": \"verified\"", "\"verification_status\": \"on_hold\"", StringComparison.Ordinal));
        var primary = (await adapter.Insurance.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None))[0];
        bus.AnswerWith(WireSamples.Claims.Replace("\"status\": \"paid\"", "\"status\": \" in_review \"", StringComparison.Ordinal));
        var claims = await adapter.Claims.ListForPatientAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal((VerificationStatus.Unknown, "on_hold"), (primary.VerificationStatus, primary.VerificationStatusCode));
        var inReview = Assert.Single(claims, claim => claim.Id == new ClaimId("c-1"));
        Assert.Equal((ClaimStatus.Unknown, "in_review"), (inReview.Status, inReview.StatusCode));
    }
}
