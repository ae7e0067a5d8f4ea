using Portal.Application.Billing.Queries.GetInvoicePdf;
using Portal.Application.Common.Exceptions;
using Portal.Application.Dashboard.Queries.GetDashboard;
using Portal.Application.Identity.Commands.Login;
using Portal.Application.LiveUpdates.Queries.WatchTenantEvents;
using Portal.Application.Patients.Commands.CreatePatient;
using Portal.Application.Patients.Queries.GetPatient;
using Portal.Domain.Billing;
using Portal.Domain.Dashboard;
using Portal.Domain.LiveUpdates;

namespace Portal.Application.UnitTests.Pipeline;

/// <summary>Requests sent through the real pipeline (validation, tenant access, handler) built by AddApplication.</summary>
public sealed class PipelineTests
{
    private readonly TestPipeline pipeline = new();

    [Fact]
    public async Task Invalid_input_is_refused_by_property_before_any_backend_is_asked()
    {
        var command = new CreatePatientCommand(
            Samples.Access with { TenantId = "a.b" }, "", "Lovelace", "not-an-email", "5550100123", new DateOnly(1980, 5, 17));

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => pipeline.Mediator.Send(command));

        Assert.Equal(["Access.TenantId", "Email", "FirstName"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["First name is required."], refusal.Errors["FirstName"]);
        Assert.Empty(pipeline.Tenants.AccessChecks);
        Assert.Null(pipeline.Patients.LastCreated);
    }

    [Fact]
    public async Task A_valid_command_goes_through_to_the_backend()
    {
        var created = await pipeline.Mediator.Send(new CreatePatientCommand(
            Samples.Access, "Grace", "Hopper", "grace@example.com", "5550100123", new DateOnly(1906, 12, 9)));

        Assert.Equal("Grace", created.FirstName);
        Assert.Equal([Samples.Access.ToScope()], pipeline.Tenants.AccessChecks);
    }

    [Fact]
    public async Task A_tenant_the_directory_denies_is_not_found_and_its_data_is_not_returned()
    {
        pipeline.Patients.Add(Samples.Patient("pat-1"));
        pipeline.Tenants.AccessAnswer = _ => Task.FromResult(false);

        var refusal = await Assert.ThrowsAsync<NotFoundException>(
            () => pipeline.Mediator.Send(new GetPatientQuery(Samples.Access, "pat-1")));

        Assert.Equal("tenant", refusal.What);
    }

    [Fact]
    public async Task The_access_check_and_the_handler_run_at_once()
    {
        pipeline.Patients.Add(Samples.Patient("pat-1"));
        var checkStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlerStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Each waits for the other to have started: run one after the other, neither would ever finish.
        pipeline.Tenants.AccessAnswer = async _ =>
        {
            checkStarted.SetResult();
            await handlerStarted.Task;
            return true;
        };
        pipeline.Patients.BeforeAnswer = async () =>
        {
            handlerStarted.SetResult();
            await checkStarted.Task;
        };

        var patient = await pipeline.Mediator.Send(new GetPatientQuery(Samples.Access, "pat-1")).WaitAsync(Samples.Guard);

        Assert.Equal("pat-1", patient.Id.Value);
    }

    [Fact]
    public async Task A_command_waits_for_the_grant_before_it_reaches_its_backend()
    {
        var grant = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        pipeline.Tenants.AccessAnswer = _ => grant.Task;

        var creating = pipeline.Mediator.Send(new CreatePatientCommand(
            Samples.Access, "Ada", "Lovelace", "ada@example.com", "+1 555 0100", new DateOnly(1980, 1, 1)));

        Assert.Null(pipeline.Patients.LastCreated);
        grant.SetResult(true);
        await creating.WaitAsync(Samples.Guard);
        Assert.NotNull(pipeline.Patients.LastCreated);
    }

    [Fact]
    public async Task An_answer_refused_for_lack_of_access_is_disposed_not_left_open()
    {
        pipeline.Billing.AddPdf(new InvoiceNumber("INV-1"), [0x25, 0x50, 0x44, 0x46]);
        pipeline.Tenants.AccessAnswer = _ => Task.FromResult(false);

        await Assert.ThrowsAsync<NotFoundException>(() => pipeline.Mediator.Send(new GetInvoicePdfQuery(Samples.Access, "INV-1")));

        Assert.True(pipeline.Billing.LastPdf!.Disposed);
    }

    [Fact]
    public async Task A_denied_tenants_events_are_never_subscribed_to()
    {
        pipeline.Tenants.AccessAnswer = _ => Task.FromResult(false);

        await Assert.ThrowsAsync<NotFoundException>(() => pipeline.Mediator.Send(new WatchTenantEventsQuery(Samples.Access)));

        Assert.Empty(pipeline.Feed.Subscriptions);
    }

    [Fact]
    public async Task A_granted_tenants_events_stream_through()
    {
        using var stop = new CancellationTokenSource();
        var update = TenantEvent.ForStats(Samples.Tenant, Samples.At, Samples.Stats());

        var stream = await pipeline.Mediator.Send(new WatchTenantEventsQuery(Samples.Access), stop.Token);
        await using var events = stream.GetAsyncEnumerator(stop.Token);
        pipeline.Feed.Publish(update);

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Samples.Guard));
        Assert.Same(update, events.Current);
    }

    [Fact]
    public async Task The_dashboard_survives_a_failing_source_through_the_pipeline()
    {
        pipeline.Dashboard.RecentActivityAnswer = _ =>
            Task.FromException<IReadOnlyList<Activity>>(new BackendUnavailableException("dashboard", "no responders"));

        var view = await pipeline.Mediator.Send(new GetDashboardQuery(Samples.Access));

        Assert.True(view.Stats!.IsAvailable);
        Assert.False(view.RecentActivity!.IsAvailable);
        Assert.True(view.Alerts!.IsAvailable);
    }

    [Fact]
    public async Task Login_is_not_tenant_scoped_and_signs_in()
    {
        var attempt = await pipeline.Mediator.Send(new LoginCommand(Samples.AdaEmail, Samples.AdaPassword));

        Assert.Equal(Samples.AdaToken, attempt.SignedIn?.Token.Value);
        Assert.Empty(pipeline.Tenants.AccessChecks);
    }

    [Fact]
    public async Task Wrong_credentials_are_not_authenticated_through_the_pipeline() =>
        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => pipeline.Mediator.Send(new LoginCommand(Samples.AdaEmail, "wrong")));
}
