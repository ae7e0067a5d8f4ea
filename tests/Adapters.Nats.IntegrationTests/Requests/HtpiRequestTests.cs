using System.Globalization;
using System.Text.Json;
using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Adapters.Nats.Messaging;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.IntegrationTests.Requests;

/// <summary>The request mechanism and the one failure mapping, over the fake bus.</summary>
public sealed class HtpiRequestTests
{
    private readonly FakeMessageBus bus = new();
    private readonly Adapter adapter;

    public HtpiRequestTests() => adapter = new Adapter(bus, TimeSpan.FromSeconds(3));

    [Fact]
    public async Task Request_carries_the_common_fields_and_names_its_answer_subject_twice()
    {
        bus.AnswerWith(WireSamples.PatientList());

        await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        var request = bus.LastRequest;
        Assert.Equal("htpi.patient.list", request.Subject);
        Assert.Equal("customer", request.Field("portal"));
        Assert.Matches(@"^test-instance\.[0-9]+$", request.Field("clientId"));
        Assert.Equal("customer.patients.response." + request.Field("clientId"), request.ReplySubject);
        Assert.Equal(request.ReplySubject, request.Field("responseChannel"));
        Assert.Matches("^[0-9a-f]{32}$", request.Field("requestId"));
        Assert.Equal("2026-11-22T04:30:15.123Z", request.Field("timestamp"));
        Assert.Equal(TestScope.Token, request.Field("token"));
        Assert.Equal(TimeSpan.FromSeconds(3), request.Timeout);
    }

    [Fact]
    public async Task Each_request_draws_the_next_client_id_and_a_new_request_id()
    {
        bus.AnswerWith(WireSamples.PatientList());

        await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);
        bus.AnswerWith(WireSamples.Alerts);
        await adapter.Dashboard.GetAlertsAsync(TestScope.Of(), CancellationToken.None);

        var (first, second) = (bus.Requests.First(), bus.LastRequest);
        Assert.Equal(Adapter.InstanceId + "." + (Sequence(first) + 1).ToString(CultureInfo.InvariantCulture), second.Field("clientId"));
        Assert.Equal("customer.dashboard.response." + second.Field("clientId"), second.ReplySubject);
        Assert.NotEqual(first.Field("requestId"), second.Field("requestId"));
    }

    [Fact]
    public async Task Processes_configured_with_the_same_instance_id_never_wait_on_the_same_answer_subject()
    {
        var otherBus = new FakeMessageBus();
        var otherProcess = new Adapter(otherBus);
        bus.AnswerWith(WireSamples.PatientList());
        otherBus.AnswerWith(WireSamples.PatientList());

        await adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);
        await otherProcess.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None);

        Assert.StartsWith(Adapter.InstanceId + ".", bus.LastRequest.Field("clientId"), StringComparison.Ordinal);
        Assert.StartsWith(Adapter.InstanceId + ".", otherBus.LastRequest.Field("clientId"), StringComparison.Ordinal);
        Assert.NotEqual(bus.LastRequest.ReplySubject, otherBus.LastRequest.ReplySubject);
    }

    [Fact]
    public async Task Concurrent_requests_never_share_a_client_id()
    {
        bus.AnswerWith(WireSamples.PatientList());

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
            Task.Run(() => adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None))));

        Assert.Equal(200, bus.Requests.Select(request => request.Field("clientId")).Distinct().Count());
    }

    public static TheoryData<Func<string, MessageBusException>, string> BusFailures() => new()
    {
        { subject => new NoRespondersException(subject), "no responders" },
        { subject => new RequestTimedOutException(subject), "timed out" },
        { subject => new ConnectionLostException(subject), "connection lost" },
    };

    [Theory]
    [MemberData(nameof(BusFailures))]
    public async Task Bus_failures_make_the_area_unavailable(Func<string, MessageBusException> failure, string reason)
    {
        var cause = failure("htpi.claims.get");
        bus.Fail(cause);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => adapter.Claims.GetAsync(TestScope.Of(), new Domain.Claims.ClaimId("c-1"), CancellationToken.None));

        Assert.Equal("claims", error.Area);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Same(cause, error.InnerException);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    [InlineData("""{"patients": "many"}""")]
    [InlineData("""{"patients": [{"id": "p-1", "firstName": "Ada", "tenantId": ["tenant-a"]}]}""")]
    public async Task Malformed_answer_makes_the_area_unavailable_without_showing_it(string answer)
    {
        bus.AnswerWith(answer);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None));

        Assert.Equal("patients", error.Area);
        Assert.Contains("malformed answer", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(answer, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task Invalid_json_keeps_the_json_exception_inside()
    {
        bus.AnswerWith("{\"patients\": [");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, CancellationToken.None));

        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task Answer_missing_a_promised_field_is_malformed()
    {
        bus.AnswerWith(WireSamples.PatientAnswer("""{"id": "p-1", "dateOfBirth": "1985-03-12"}"""));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None));

        Assert.Contains("malformed answer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Invalid or expired token", typeof(NotAuthenticatedException))]
    [InlineData("Unauthorized", typeof(NotAuthenticatedException))]
    [InlineData("Patient not found", typeof(NotFoundException))]
    [InlineData("Access denied to tenant", typeof(NotFoundException))]
    [InlineData("Forbidden", typeof(NotFoundException))]
    [InlineData("Patient already exists", typeof(RequestRejectedException))]
    public async Task Refusal_maps_to_the_application_exception_its_error_describes(string error, Type expected)
    {
        bus.AnswerWith(WireSamples.Refusal(error));

        var thrown = await Assert.ThrowsAnyAsync<PortalException>(
            () => adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None));

        Assert.IsType(expected, thrown);
    }

    [Fact]
    public async Task Rejection_carries_the_service_error_text()
    {
        bus.AnswerWith(WireSamples.Refusal("A patient with this e-mail already exists"));

        var error = await Assert.ThrowsAsync<RequestRejectedException>(() => adapter.Patients.CreateAsync(
            TestScope.Of(), new NewPatient("Ada", "Lovelace", "ada@example.com", "555-0100", new DateOnly(1985, 3, 12)), CancellationToken.None));

        Assert.Equal("A patient with this e-mail already exists", error.Message);
    }

    [Fact]
    public async Task Not_found_names_the_thing_asked_for()
    {
        bus.AnswerWith(WireSamples.Refusal("Claim not found"));

        var error = await Assert.ThrowsAsync<NotFoundException>(
            () => adapter.Claims.GetAsync(TestScope.Of(), new Domain.Claims.ClaimId("c-9"), CancellationToken.None));

        Assert.Equal("claim", error.What);
    }

    [Fact]
    public async Task An_error_without_success_is_a_refusal_too()
    {
        bus.AnswerWith("""{"error": "Patient not found"}""");

        await Assert.ThrowsAsync<NotFoundException>(
            () => adapter.Patients.GetAsync(TestScope.Of(), new PatientId("p-1"), CancellationToken.None));
    }

    public static TheoryData<Type> AnswerTypes() => new(
        typeof(HtpiAnswer).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(HtpiAnswer)) && !type.IsAbstract));

    [Theory]
    [MemberData(nameof(AnswerTypes))]
    public void Every_answer_type_reads_a_refusal_in_its_own_parse(Type answerType)
    {
        var typeInfo = HtpiJsonContext.Default.GetTypeInfo(answerType);
        Assert.NotNull(typeInfo);

        var answer = Assert.IsAssignableFrom<HtpiAnswer>(
            JsonSerializer.Deserialize(WireSamples.Refusal("Access denied"), typeInfo));

        Assert.True(answer.IsRefusal);
        Assert.Equal("Access denied", answer.Error);
    }

    [Fact]
    public async Task Any_auth_refusal_is_not_authenticated()
    {
        bus.AnswerWith(WireSamples.Refusal("User cannot access the customer portal"));

        var error = await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => adapter.Identity.SignInAsync("ann@example.com", "wrong", CancellationToken.None));

        Assert.Equal("User cannot access the customer portal", error.Message);
    }

    [Fact]
    public async Task Cancellation_is_passed_on_untouched()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        bus.Answer = request => throw new OperationCanceledException(cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => adapter.Patients.ListAsync(TestScope.Of(), null, PageRequest.First, cancelled.Token));
    }

    private static long Sequence(SentRequest request) =>
        long.Parse(request.Field("clientId")[(Adapter.InstanceId.Length + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
}
