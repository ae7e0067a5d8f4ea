using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.Ports;

public sealed class PatientRegistryTests
{
    private readonly FakeMessageBus bus = new();
    private readonly Adapter adapter;

    public PatientRegistryTests() => adapter = new Adapter(bus);

    [Fact]
    public async Task Patient_fields_are_mapped_and_the_ssn_is_masked()
    {
        bus.AnswerWith(WireSamples.PatientAnswer(WireSamples.Patient("p-1")));

        var patient = await adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        var request = bus.LastRequest;
        Assert.Equal("htpi.patient.get", request.Subject);
        Assert.Equal("p-1", request.Field("patientId"));
        Assert.Equal(TestScope.TenantA, request.Field("tenantId"));
        Assert.Equal(new PatientId("p-1"), patient.Id);
        Assert.Equal("P-p-1", patient.PatientNumber);
        Assert.Equal("Ada Lovelace", patient.FullName);
        Assert.Equal(new DateOnly(1985, 3, 12), patient.DateOfBirth);
        Assert.Equal("female", patient.Gender);
        Assert.Equal("555-0100", patient.Phone);
        Assert.Equal("p-1@example.com", patient.Email);
        Assert.Equal(new PostalAddress("1 Main St", "Springfield", "IL", "62701"), patient.Address);
        Assert.Equal(2, patient.InsuranceCount);
        Assert.Equal(new TenantId(TestScope.TenantA), patient.TenantId);
        Assert.Equal("***-**-6789", patient.Ssn?.ToString());
    }

    [Fact]
    public async Task Missing_patient_is_not_found()
    {
        bus.AnswerWith("""{"patient": null}""");

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None));

        Assert.Equal("patient", error.What);
    }

    [Fact]
    public async Task A_patient_of_another_tenant_is_not_found()
    {
        bus.AnswerWith(WireSamples.PatientAnswer(WireSamples.Patient("p-1", tenantId: TestScope.TenantB)));

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None));
        Assert.Equal("patient", error.What);
    }

    [Fact]
    public async Task List_sends_search_and_page_and_pages_a_whole_list_here()
    {
        bus.AnswerWith(WireSamples.PatientList(
            WireSamples.Patient("p-1", firstName: "Ada"),
            WireSamples.Patient("p-2", firstName: "Grace", lastName: "Hopper"),
            WireSamples.Patient("p-3", firstName: "Adele", lastName: "Goldberg"),
            WireSamples.Patient("p-4", firstName: "Alan", lastName: "Turing")));

        var page = await adapter.Patients.ListAsync(TestScope.Of(), " ad ", new PageRequest(2, 1), CancellationToken.None);

        var request = bus.LastRequest;
        Assert.Equal("htpi.patient.list", request.Subject);
        Assert.Equal("list", request.Field("requestType"));
        Assert.Equal("user-1", request.Field("userId"));
        Assert.Equal("ad", request.Field("search"));
        Assert.Equal(2, request.Body.GetProperty("page").GetInt32());
        Assert.Equal(1, request.Body.GetProperty("limit").GetInt32());
        Assert.Equal(2, page.TotalItems);
        Assert.Equal([new PatientId("p-3")], page.Items.Select(patient => patient.Id));
        Assert.Equal(2, page.Number);
        Assert.False(page.HasNext);
    }

    [Fact]
    public async Task A_search_finds_a_name_the_service_stored_decomposed()
    {
        bus.AnswerWith(WireSamples.PatientList(
            WireSamples.Patient("p-1", firstName: "Jose\u0301", lastName: "Marti\u0301"),
            WireSamples.Patient("p-2", firstName: "Jose", lastName: "Marti")));

        var page = await adapter.Patients.ListAsync(TestScope.Of(), "José Martí", new PageRequest(1, 25), CancellationToken.None);

        Assert.Equal([new PatientId("p-1")], page.Items.Select(patient => patient.Id));
    }

    [Fact]
    public async Task A_patient_without_a_readable_date_of_birth_is_listed_with_it_unknown()
    {
        bus.AnswerWith(WireSamples.PatientList(
            WireSamples.Patient("p-1").Replace("\"dateOfBirth\": \"1985-03-12\", ", string.Empty, StringComparison.Ordinal),
            WireSamples.Patient("p-2").Replace("1985-03-12", "unknown", StringComparison.Ordinal),
            WireSamples.Patient("p-3")));

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal([null, null, new DateOnly(1985, 3, 12)], page.Items.Select(patient => patient.DateOfBirth));
    }

    [Fact]
    public async Task A_patient_without_an_id_Portal_can_address_or_any_name_is_left_out_of_the_list_not_the_list_lost()
    {
        bus.AnswerWith(WireSamples.PatientList(
            WireSamples.Patient("../pat-001"),
            WireSamples.Patient("p-1"),
            WireSamples.Patient("a.b"),
            WireSamples.Patient(new string('x', 65)),
            WireSamples.Patient(" p-2 "),
            WireSamples.Patient("p-4", firstName: string.Empty, lastName: " "),
            WireSamples.Patient("p-3").Replace("\"id\": \"p-3\", ", string.Empty, StringComparison.Ordinal)));

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal(["p-1", "p-2"], page.Items.Select(patient => patient.Id.Value));
        Assert.Equal(2, page.TotalItems);
    }

    [Theory]
    [InlineData("\"firstName\": \"Ada\"", "\"firstName\": \"\"", "Lovelace")]
    [InlineData("\"firstName\": \"Ada\"", "\"firstName\": null", "Lovelace")]
    [InlineData("\"firstName\": \"Ada\"", "\"firstName\": {\"given\": \"Ada\"}", "Lovelace")]
    [InlineData("\"lastName\": \"Lovelace\"", "\"lastName\": \" \"", "Ada")]
    public async Task A_patient_known_by_one_name_is_listed_and_shown_by_it_not_the_list_lost(string name, string sent, string fullName)
    {
        var patient = WireSamples.Patient("p-1").Replace(name, sent, StringComparison.Ordinal);
        bus.AnswerWith(WireSamples.PatientList(patient, WireSamples.Patient("p-2")));
        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);
        bus.AnswerWith(WireSamples.PatientAnswer(patient));
        var shown = await adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal([fullName, "Ada Lovelace"], page.Items.Select(listed => listed.FullName));
        Assert.Equal(fullName, shown.FullName);
    }

    [Fact]
    public async Task A_patient_without_any_name_is_a_malformed_answer()
    {
        bus.AnswerWith(WireSamples.PatientAnswer(WireSamples.Patient("p-1", firstName: " ", lastName: string.Empty)));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None));

        Assert.Equal("patients", error.Area);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"p-9\"")]
    [InlineData("7")]
    public async Task A_patient_entry_that_is_no_object_is_left_out_of_the_list_not_the_list_lost(string entry)
    {
        bus.AnswerWith(WireSamples.PatientList(entry, WireSamples.Patient("p-1"), WireSamples.Patient("p-2")));

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.Equal(["p-1", "p-2"], page.Items.Select(patient => patient.Id.Value));
    }

    [Fact]
    public async Task Text_fields_sent_as_numbers_booleans_or_objects_degrade_that_value_not_the_list_or_the_patient()
    {
        var patient = WireSamples.Patient("p-1")
            .Replace("\"555-0100\"", "5551234", StringComparison.Ordinal)
            .Replace("\"123-45-6789\"", "1333", StringComparison.Ordinal)
            .Replace("\"female\"", "1", StringComparison.Ordinal)
            .Replace("\"Springfield\"", "true", StringComparison.Ordinal)
            .Replace("\"1 Main St\"", "{\"line1\": \"1 Main St\"}", StringComparison.Ordinal)
            .Replace("\"IL\"", "[\"IL\"]", StringComparison.Ordinal)
            .Replace("\"62701\"", "90210", StringComparison.Ordinal);
        bus.AnswerWith(WireSamples.PatientList(patient, WireSamples.Patient("p-2")));
        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);
        bus.AnswerWith(WireSamples.PatientAnswer(patient));
        var shown = await adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal(["p-1", "p-2"], page.Items.Select(listed => listed.Id.Value));
        Assert.Equal(shown, page.Items[0]);
        Assert.Equal(("5551234", "1", (MaskedSsn?)null), (shown.Phone, shown.Gender, shown.Ssn));
        Assert.Equal(new PostalAddress(string.Empty, "true", string.Empty, "90210"), shown.Address);
    }

    [Theory]
    [InlineData("-1", 0)]
    [InlineData("2.5", 0)]
    [InlineData("\"two\"", 0)]
    [InlineData("{\"count\": 2}", 0)]
    [InlineData("2.0", 2)]
    [InlineData("\"2\"", 2)]
    public async Task An_insurance_count_that_is_negative_or_unreadable_is_none_not_the_list_or_the_patient_lost(string count, int read)
    {
        var patient = WireSamples.Patient("p-1").Replace("\"insuranceCount\": 2", "\"insuranceCount\": " + count, StringComparison.Ordinal);
        bus.AnswerWith(WireSamples.PatientList(patient, WireSamples.Patient("p-2")));
        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);
        bus.AnswerWith(WireSamples.PatientAnswer(patient));
        var shown = await adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None);

        Assert.Equal([read, 2], page.Items.Select(listed => listed.InsuranceCount));
        Assert.Equal(read, shown.InsuranceCount);
    }

    [Fact]
    public async Task A_tenant_id_that_cannot_be_read_is_never_taken_as_the_asked_tenant()
    {
        bus.AnswerWith(WireSamples.PatientList(WireSamples.Patient("p-1").Replace("\"tenantId\": \"tenant-a\"", "\"tenantId\": {\"id\": \"tenant-b\"}", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None));

        Assert.Equal("patients", error.Area);
    }

    [Fact]
    public async Task List_without_search_leaves_it_out_and_pages_in_memory()
    {
        bus.AnswerWith(WireSamples.PatientList(WireSamples.Patient("p-1"), WireSamples.Patient("p-2"), WireSamples.Patient("p-3")));

        var page = await adapter.Patients.ListAsync(TestScope.Of(), "  ", new PageRequest(1, 2), CancellationToken.None);

        Assert.False(bus.LastRequest.Has("search"));
        Assert.Equal(3, page.TotalItems);
        Assert.Equal(["p-1", "p-2"], page.Items.Select(patient => patient.Id.Value));
        Assert.True(page.HasNext);
    }

    [Fact]
    public async Task A_page_beyond_the_end_is_empty()
    {
        bus.AnswerWith(WireSamples.PatientList(WireSamples.Patient("p-1")));

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, new PageRequest(5, 10), CancellationToken.None);

        Assert.Empty(page.Items);
        Assert.Equal(1, page.TotalItems);
    }

    // What the service says of its pages beside its total is not read: the page and its size are the ones asked for.
    [Theory]
    [InlineData("""{"page": 3, "limit": 2, "total": 41}""", null)]
    [InlineData(null, 41)]
    [InlineData("""{"page": "third", "limit": 2.0, "total": 41, "pages": 20.5}""", null)]
    public async Task A_list_paged_by_the_service_is_taken_as_the_page_asked_for(string? pagination, int? total)
    {
        var extra = (pagination is null ? string.Empty : $", \"pagination\": {pagination}") + (total is null ? string.Empty : $", \"total\": {total}");
        bus.AnswerWith($$"""{"responseType": "list", "patients": [{{WireSamples.Patient("p-5")}}, {{WireSamples.Patient("p-6")}}]{{extra}}}""");

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, new PageRequest(3, 2), CancellationToken.None);

        Assert.Equal(["p-5", "p-6"], page.Items.Select(patient => patient.Id.Value));
        Assert.Equal(41, page.TotalItems);
        Assert.Equal(3, page.Number);
        Assert.Equal(21, page.TotalPages);
    }

    /// <summary>The row left out still takes its place on the service's first page, so its third patient is on its second.</summary>
    [Fact]
    public async Task A_patient_left_out_of_a_service_paged_list_is_not_counted_but_the_services_pages_stay_so_the_last_one_is_still_reached()
    {
        bus.AnswerWith($$$"""{"responseType": "list", "patients": [{{{WireSamples.Patient("../pat-001")}}}, {{{WireSamples.Patient("p-2")}}}], "pagination": {"page": 1, "limit": 2, "total": 3}}""");

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, new PageRequest(1, 2), CancellationToken.None);

        Assert.Equal((1, 2, 2, true, 1), (page.Items.Count, page.TotalItems, page.TotalPages, page.HasNext, page.RowsLeftOut));
    }

    /// <summary>
    /// The service sends four rows for a page of two: the page is its first two, of which one is left out, so the next
    /// page's p-2 neither takes its place nor shows on two pages, and only the page's own left-out row is counted off.
    /// </summary>
    [Fact]
    public async Task A_service_sending_more_rows_than_asked_is_cut_to_the_page_before_a_row_is_left_out_or_counted_off()
    {
        bus.AnswerWith($$$"""
            {"responseType": "list", "patients": [{{{WireSamples.Patient("p-1")}}}, {{{WireSamples.Patient("../pat-001")}}}, {{{WireSamples.Patient("p-2")}}}, {{{WireSamples.Patient("a.b")}}}],
             "pagination": {"page": 1, "limit": 2, "total": 5}}
            """);

        var page = await adapter.Patients.ListAsync(TestScope.Of(), null, new PageRequest(1, 2), CancellationToken.None);

        Assert.Equal(["p-1"], page.Items.Select(patient => patient.Id.Value));
        Assert.Equal((4, 3, 1), (page.TotalItems, page.TotalPages, page.RowsLeftOut));
    }

    [Fact]
    public async Task Create_sends_the_new_patient_and_returns_the_record_made()
    {
        bus.AnswerWith(WireSamples.PatientCreated(WireSamples.Patient("p-9", firstName: "Ada")));

        var created = await adapter.Patients.CreateAsync(
            TestScope.Of(),
            new NewPatient(" Ada ", "Lovelace", "ada@example.com", "555-0100", new DateOnly(1985, 3, 12)),
            CancellationToken.None);

        var request = bus.LastRequest;
        Assert.Equal("htpi.patient.create", request.Subject);
        Assert.Equal(TestScope.TenantA, request.Field("tenantId"));
        Assert.Equal("Ada", request.Field("firstName"));
        Assert.Equal("Lovelace", request.Field("lastName"));
        Assert.Equal("ada@example.com", request.Field("email"));
        Assert.Equal("555-0100", request.Field("phone"));
        Assert.Equal("1985-03-12", request.Field("dateOfBirth"));
        Assert.Equal(TestScope.Token, request.Field("token"));
        Assert.Equal(new PatientId("p-9"), created.Id);
    }

    [Fact]
    public async Task Expired_token_on_a_patient_call_is_not_authenticated()
    {
        bus.AnswerWith(WireSamples.Refusal("Token has expired"));

        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None));
    }
}
