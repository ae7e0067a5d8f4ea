using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Queries.VerifyToken;

namespace Portal.Web.Identity;

/// <summary>
/// The signed-in side of every page and endpoint: the request's sign-in, read once from its cookie, and the work done for
/// it. The work runs alongside the check that the sign-in's token is still good, so a request costs the slower of the two
/// rather than their sum. The check decides first: a dead token is <see cref="NotAuthenticatedException"/> whatever the
/// queries said, and an answer that holds a resource (an open PDF) is released when the check fails. The identity backend
/// is the only authority on the sign-in: when it accepts the token but a data backend refuses it (the HTPI services do
/// not take a token the Platform issued), that part is unavailable, and the user stays signed in.
/// </summary>
public sealed partial class SignedInWork(IMediator mediator, SignInCookie cookie, ILogger<SignedInWork> logger)
{
    /// <summary>What the 503 page names when a backend refused a sign-in the identity backend accepts.</summary>
    public const string RefusedArea = "this page's data";

    /// <summary>
    /// The sign-in the request's cookie carries, its activity renewed; false when nobody is signed in or the sign-in
    /// outlived its lifetimes (each caller decides the answer).
    /// </summary>
    public bool TryGetSignIn(HttpContext context, [NotNullWhen(true)] out PortalSignIn? signIn)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!cookie.TryRead(context.Request, out signIn))
        {
            return false;
        }

        cookie.Renew(context.Response, signIn);
        return true;
    }

    /// <summary>One request for <paramref name="signIn"/>, sent alongside the token check.</summary>
    public Task<T> SendAsync<T>(PortalSignIn signIn, IRequest<T> request, CancellationToken cancellationToken) =>
        RunAsync(signIn, () => mediator.Send(request, cancellationToken), cancellationToken);

    /// <summary>Any work for <paramref name="signIn"/> (a page sends several requests at once), alongside the token check.</summary>
    public async Task<T> RunAsync<T>(PortalSignIn signIn, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(work);
        var verification = mediator.Send(new VerifyTokenQuery(signIn.Token), cancellationToken);
        var answer = work();
        await Task.WhenAll(verification, answer).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        if (verification.IsFaulted || verification.IsCanceled || verification.Result.UserId.Value != signIn.UserId)
        {
            await ReleaseAsync(answer);
            if (verification.IsCanceled)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (verification.Exception?.InnerException is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            throw new NotAuthenticatedException("The sign-in belongs to someone else.");
        }

        try
        {
            return await answer;
        }
        catch (NotAuthenticatedException refused)
        {
            LogRefusedSignIn(logger);
            throw new BackendUnavailableException(RefusedArea, "it refused a sign-in the identity backend accepts", refused);
        }
    }

    private static async Task ReleaseAsync<T>(Task<T> answer)
    {
        if (answer.IsCompletedSuccessfully)
        {
            switch (answer.Result)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A backend refused a sign-in that the identity backend accepts; the part is shown as unavailable.")]
    private static partial void LogRefusedSignIn(ILogger logger);
}
