using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using MediatR;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Queries.RevalidateSignIn;
using Portal.Application.Identity.Queries.VerifyToken;
using Portal.Web.Formatting;

namespace Portal.Web.Identity;

/// <summary>
/// The signed-in side of every page and endpoint: the request's sign-in, read once from its cookie, and the work done for
/// it. The work runs alongside the check that the sign-in's token is still good, so a request costs the slower of the two
/// rather than their sum. The check decides first: a dead token is <see cref="NotAuthenticatedException"/> whatever the
/// queries said, and an answer that holds a resource (an open PDF) is released when the check fails. The identity backend
/// is the only authority on the sign-in: when it accepts the token but a data backend refuses it (the HTPI services do
/// not take a token the Platform issued), that part is unavailable, and the user stays signed in.
/// <para>
/// A user with a Platform id is also re-validated with the Platform at most every <see cref="RevalidationInterval"/>
/// (§1.4), alongside the work, without server state: the cookie carries the membership fingerprint and when it was
/// checked, and is re-issued with the new stamp (and, when the fingerprint changed, the tenants' links listed again). The
/// Platform's "no longer active" ends the sign-in. A Platform that does not answer (down, slow, busy) sets the stamp back
/// so that the next check falls due <see cref="RevalidationRetry"/> later: the check runs alongside every page, and a
/// hung Platform must not hold each page of a quiet user for its timeout.
/// </para>
/// </summary>
public sealed partial class SignedInWork(IMediator mediator, SignInCookie cookie, TimeProvider clock, ILogger<SignedInWork> logger)
{
    /// <summary>The Platform's <c>revoke_before</c> is ten minutes ahead: a revoked user is noticed within this.</summary>
    public static readonly TimeSpan RevalidationInterval = TimeSpan.FromMinutes(10);

    /// <summary>How long after a check the Platform did not answer the next one falls due.</summary>
    public static readonly TimeSpan RevalidationRetry = TimeSpan.FromMinutes(1);

    private readonly Lock changing = new();

    /// <summary>The request whose sign-in <see cref="TryGetSignIn"/> read: a changed sign-in is re-issued on its response.</summary>
    private HttpContext? request;

    /// <summary>The sign-in as the request's cookie carried it, read once per request.</summary>
    private PortalSignIn? read;

    /// <summary>
    /// The request whose cookie carried no sign-in that reads: asked again (the page after the Platform link filter), it
    /// answers so without reading the cookie again, and a cookie that does not read is deleted once.
    /// </summary>
    private HttpContext? signedOut;

    /// <summary>The request's sign-in with every change made so far, so that two changes of one request both last.</summary>
    private PortalSignIn? latest;

    /// <summary>Whether the request counts as the reader's activity, which a re-issued cookie then records.</summary>
    private bool renewsActivity = true;

    /// <summary>What the 503 page names when a backend refused a sign-in the identity backend accepts.</summary>
    public const string RefusedArea = "this page's data";

    /// <summary>
    /// The sign-in the request's cookie carries, its activity renewed unless the request is none of the reader's
    /// (<paramref name="isActivity"/> false: a live stream, which a page opens and reopens by itself and which must not
    /// keep an idle sign-in alive); false when nobody is signed in or the sign-in outlived its lifetimes (each caller
    /// decides the answer; a cookie that was sent but does not read is deleted in the response).
    /// </summary>
    public bool TryGetSignIn(HttpContext context, [NotNullWhen(true)] out PortalSignIn? signIn, bool isActivity = true)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A filter that asked first (the Platform link check) already read, verified and renewed it for this request.
        if (ReferenceEquals(request, context) && read is not null)
        {
            signIn = read;
            return true;
        }

        if (ReferenceEquals(signedOut, context))
        {
            signIn = null;
            return false;
        }

        if (!cookie.TryReadOrClear(context.Response, out signIn))
        {
            signedOut = context;
            return false;
        }

        if (isActivity)
        {
            cookie.Renew(context.Response, signIn);
        }

        renewsActivity = isActivity;
        request = context;
        read = signIn;
        latest = signIn;
        ReaderTimeZone.Use(signIn.TimeZone);
        return true;
    }

    /// <summary>The request's sign-in as changed so far (re-validated, links refreshed); null before it was read.</summary>
    public PortalSignIn? Current
    {
        get
        {
            lock (changing)
            {
                return latest;
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the request's sign-in (with the changes made before it in this request) and
    /// re-issues the cookie; answers the changed sign-in.
    /// </summary>
    public PortalSignIn Change(Func<PortalSignIn, PortalSignIn> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (changing)
        {
            if (request is null || latest is null)
            {
                throw new InvalidOperationException("No sign-in was read for this request.");
            }

            latest = change(latest);
            cookie.Reissue(request.Response, latest, renewsActivity);
            ReaderTimeZone.Use(latest.TimeZone);
            return latest;
        }
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
        var revalidation = RevalidateIfDueAsync(signIn, cancellationToken);
        var answer = work();
        await Task.WhenAll(verification, revalidation, answer).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        if (verification.IsFaulted || verification.IsCanceled || !signIn.IsConfirmedBy(verification.Result))
        {
            _ = revalidation.Exception;
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

        if (revalidation.Exception?.InnerException is SignInRevokedException revoked)
        {
            await ReleaseAsync(answer);
            ExceptionDispatchInfo.Throw(revoked);
        }

        if (revalidation.Exception?.InnerException is BackendUnavailableException unanswered)
        {
            // The stamp as if checked RevalidationRetry before the interval ends: due again that much later, not at once.
            var retryAt = clock.GetUtcNow() - RevalidationInterval + RevalidationRetry;
            Change(current => current with { MembershipCheckedAt = retryAt });
            LogRevalidationUnanswered(logger, unanswered.GetType().Name);
        }
        else if (revalidation.IsFaulted)
        {
            LogRevalidationFailed(logger, revalidation.Exception?.InnerException?.GetType().Name);
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

    /// <summary>
    /// Asks the Platform about a user with a Platform id whose last check is <see cref="RevalidationInterval"/> old (or who
    /// was never checked), and re-issues the cookie with the answer.
    /// </summary>
    private async Task RevalidateIfDueAsync(PortalSignIn signIn, CancellationToken cancellationToken)
    {
        if (signIn.PlatformUserId is not { } platformUserId
            || (signIn.MembershipCheckedAt is { } checkedAt && clock.GetUtcNow() - checkedAt < RevalidationInterval))
        {
            return;
        }

        var answer = await mediator.Send(
            new RevalidateSignInQuery(signIn.Token, signIn.UserId, platformUserId, signIn.MembershipHash), cancellationToken)
            .ConfigureAwait(false);
        var now = clock.GetUtcNow();
        Change(current => current.WithRevalidation(answer, now));
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

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "The Platform did not answer a sign-in's re-validation ({Failure}); it is asked again a minute later.")]
    private static partial void LogRevalidationUnanswered(ILogger logger, string failure);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Information, Message = "The Platform could not re-validate a sign-in ({Failure}); the next request asks again.")]
    private static partial void LogRevalidationFailed(ILogger logger, string? failure);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Warning, Message = "A backend refused a sign-in that the identity backend accepts; the part is shown as unavailable.")]
    private static partial void LogRefusedSignIn(ILogger logger);
}
