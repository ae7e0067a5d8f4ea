using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Telemetry;
using Portal.Application.Patients.Queries.GetPatient;

namespace Portal.Application.UnitTests.Pipeline;

/// <summary>
/// Each request runs in a span of Application's activity source, named after the request, around validation, the
/// access check and the handler; a failure marks the span with the exception's type only.
/// </summary>
public sealed class TracingTests : IDisposable
{
    private readonly TestPipeline pipeline = new();
    private readonly ConcurrentQueue<Activity> ended = new();
    private readonly ActivityListener listener;

    public TracingTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ApplicationTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = ended.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public void Dispose() => listener.Dispose();

    [Fact]
    public async Task A_request_runs_in_a_span_named_after_it_under_the_callers_span()
    {
        pipeline.Patients.Add(Samples.Patient("pat-1"));
        using var caller = new Activity("page").Start();

        await pipeline.Mediator.Send(new GetPatientQuery(Samples.Access, "pat-1"));

        var span = Assert.Single(ended, span => span.TraceId == caller.TraceId);
        Assert.Equal(nameof(GetPatientQuery), span.OperationName);
        Assert.Equal(caller.SpanId, span.ParentSpanId);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task A_failed_request_marks_its_span_with_the_exceptions_type_only()
    {
        using var caller = new Activity("page").Start();

        await Assert.ThrowsAsync<NotFoundException>(() => pipeline.Mediator.Send(new GetPatientQuery(Samples.Access, "pat-missing")));

        var span = Assert.Single(ended, span => span.TraceId == caller.TraceId);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(nameof(NotFoundException), span.StatusDescription);
    }
}
