using Portal.Application.Common.Exceptions;

namespace Portal.Application.Common.Sections;

/// <summary>
/// One part of a page that is either available with its value or unavailable because its backend failed, so that one
/// failing source marks its own part unavailable instead of failing the whole page.
/// </summary>
public sealed class Section<T>
{
    private readonly T? value;

    private Section(T? value, string? unavailableArea, TimeSpan? retryAfter = null)
    {
        this.value = value;
        UnavailableArea = unavailableArea;
        RetryAfter = retryAfter;
    }

    public bool IsAvailable => UnavailableArea is null;

    /// <summary>The part's value; reading it from an unavailable part is a programming error.</summary>
    public T Value => IsAvailable ? value! : throw new InvalidOperationException($"The {UnavailableArea} part is unavailable.");

    /// <summary>The area the page names as unavailable, for example "recent activity"; null when available.</summary>
    public string? UnavailableArea { get; }

    /// <summary>Set when the part is unavailable because its backend is busy and said how long to wait.</summary>
    public TimeSpan? RetryAfter { get; }

    public static Section<T> Available(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Section<T>(value, null);
    }

    public static Section<T> Unavailable(string area)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        return new Section<T>(default, area);
    }

    /// <summary>Unavailable because the backend is busy (<see cref="BackendBusyException"/>) for <paramref name="retryAfter"/>.</summary>
    public static Section<T> Busy(string area, TimeSpan retryAfter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        return new Section<T>(default, area, retryAfter);
    }

    /// <summary>
    /// Runs <paramref name="load"/> and marks the part unavailable when it fails with a <see cref="PortalException"/>,
    /// except <see cref="NotFoundException"/> and <see cref="RequestValidationException"/>, which concern the whole page (a
    /// tenant that is not the caller's, an input the page was asked with) and propagate. A source that refuses the token (<see cref="NotAuthenticatedException"/>) marks only its part: the
    /// identity backend alone decides whether the sign-in is good, and Web asks it alongside every page. Anything else is
    /// a fault and propagates too. A busy backend's part says when to try again.
    /// </summary>
    public static Task<Section<T>> LoadAsync(string area, Func<Task<T>> load) => LoadAsync(area, load, notFoundIsThePages: true);

    /// <summary>
    /// <see cref="LoadAsync(string, Func{Task{T}})"/> for a part beside a subject another source has already found (a
    /// patient's insurance beside the patient): that source answered for the page's "not found", so this part's own
    /// "not found" (its service not knowing the patient) marks only this part too.
    /// </summary>
    public static Task<Section<T>> LoadBesideAsync(string area, Func<Task<T>> load) => LoadAsync(area, load, notFoundIsThePages: false);

    private static async Task<Section<T>> LoadAsync(string area, Func<Task<T>> load, bool notFoundIsThePages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            return Available(await load().ConfigureAwait(false));
        }
        catch (BackendBusyException busy)
        {
            return Busy(area, busy.RetryAfter);
        }
        catch (PortalException exception) when (exception is not RequestValidationException && !(notFoundIsThePages && exception is NotFoundException))
        {
            return Unavailable(area);
        }
    }
}
