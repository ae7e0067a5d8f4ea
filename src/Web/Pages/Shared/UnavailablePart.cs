using Portal.Application.Common.Sections;

namespace Portal.Web.Pages.Shared;

/// <summary>What the <c>_Unavailable</c> partial says for one part of a page whose backend failed or is busy.</summary>
public sealed record UnavailablePart(string Area, TimeSpan? RetryAfter)
{
    public static UnavailablePart For<T>(Section<T> section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new(section.UnavailableArea ?? throw new InvalidOperationException("The part is available."), section.RetryAfter);
    }

    /// <summary>"Billing is busy; try again in 17 s." — the page-level answer's wording (see Errors/ExceptionMap).</summary>
    public string? BusyText => RetryAfter is { } wait ? Errors.ExceptionMap.BusyMessage(Area, wait) : null;
}
