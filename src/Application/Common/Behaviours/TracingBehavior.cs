using System.Diagnostics;
using MediatR;
using Portal.Application.Common.Telemetry;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Puts each request in a span of its own (named after the request type), so a page's trace shows which request made
/// which backend calls. Without a listener on <see cref="ApplicationTelemetry.Name"/> nothing is started or allocated:
/// the request goes straight on.
/// </summary>
internal sealed class TracingBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    /// <summary>Taken once per request type, so starting a span costs no string.</summary>
    private static readonly string SpanName = typeof(TRequest).Name;

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return ApplicationTelemetry.Source.HasListeners() ? TraceAsync(next) : next();
    }

    private static async Task<TResponse> TraceAsync(RequestHandlerDelegate<TResponse> next)
    {
        using var activity = ApplicationTelemetry.Source.StartActivity(SpanName);
        try
        {
            return await next().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The exception's type says what happened (not found, refused, backend unavailable); its text may quote a backend.
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }
}
