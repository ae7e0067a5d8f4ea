using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Portal.Application.Common.Exceptions;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Runs the request's validators before anything else and turns their failures into one <see cref="RequestValidationException"/>.
/// It holds nothing but the validators, which are singletons too, so one instance serves every request.
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <summary>Taken once: enumerating the registered sequence on each request would allocate an enumerator each time.</summary>
    private readonly IValidator<TRequest>[] validators = [.. validators];

    /// <summary>
    /// Portal's rules are synchronous, so each validator runs through <see cref="IValidator{T}.Validate(T)"/>, without the
    /// tasks and state machines <see cref="IValidator{T}.ValidateAsync"/> costs on every request; a validator with an
    /// asynchronous rule (which Validate refuses) is awaited instead. As before, what the validators throw, and the
    /// validation failure, come back in the returned task rather than out of this call.
    /// </summary>
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);

        // Every request passes here and nearly all are valid, so the list of failures is made only when there is one.
        List<ValidationFailure>? failures = null;
        for (var index = 0; index < validators.Length; index++)
        {
            ValidationResult result;
            try
            {
                result = validators[index].Validate(request);
            }
            catch (AsyncValidatorInvokedSynchronouslyException)
            {
                return ValidateAsync(request, index, failures, next, cancellationToken);
            }
#pragma warning disable CA1031 // Not handled: handed back in the task, where the awaiting caller sees it as before.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return Faulted(exception);
            }

            if (!result.IsValid)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }

        return failures is null ? next() : Task.FromException<TResponse>(Refusal(failures));
    }

    /// <summary>The rest of the validators from <paramref name="first"/> on, awaited.</summary>
    private async Task<TResponse> ValidateAsync(
        TRequest request, int first, List<ValidationFailure>? failures, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        for (var index = first; index < validators.Length; index++)
        {
            var result = await validators[index].ValidateAsync(request, cancellationToken).ConfigureAwait(false);
            if (!result.IsValid)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }

        if (failures is not null)
        {
            throw Refusal(failures);
        }

        return await next().ConfigureAwait(false);
    }

    private static RequestValidationException Refusal(List<ValidationFailure> failures)
    {
        var errors = failures
            .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);
        return new RequestValidationException(errors);
    }

    /// <summary>What an async method throwing <paramref name="exception"/> returns: cancelled for a cancellation, faulted otherwise.</summary>
    private static Task<TResponse> Faulted(Exception exception)
    {
        var answer = new TaskCompletionSource<TResponse>();
        if (exception is OperationCanceledException cancelled)
        {
            answer.SetCanceled(cancelled.CancellationToken);
        }
        else
        {
            answer.SetException(exception);
        }

        return answer.Task;
    }
}
