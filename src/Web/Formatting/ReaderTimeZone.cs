using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Portal.Domain.Profile;

namespace Portal.Web.Formatting;

/// <summary>
/// The time zone the current request's reader chose in their profile, for <see cref="Display.Instant(DateTimeOffset?)"/> and
/// <see cref="Times.Instant"/>, which every view calls statically. <see cref="ScopeAsync"/> (a middleware) gives each
/// request an empty holder that flows with it (an <see cref="AsyncLocal{T}"/>, nothing shared between requests);
/// <see cref="Identity.SignedInWork"/> fills it in once it has read the sign-in (cookie field <c>tz</c>), and the views
/// rendered after it read it. Without a holder or a zone, times are written in UTC, as before.
/// </summary>
public static class ReaderTimeZone
{
    private static readonly AsyncLocal<Holder?> Current = new();

    /// <summary>The reader's zone, or null for UTC (and the browser's own zone in script).</summary>
    public static TimeZoneInfo? Zone => Current.Value?.Zone;

    /// <summary>
    /// <c> data-time-zone="…"</c> naming the zone for the page's script, or nothing without one (Razor writes a
    /// <c>data-</c> attribute even when its value is null, so the layout writes this instead).
    /// </summary>
    public static IHtmlContent HtmlAttribute() =>
        Zone is { } zone ? new HtmlString(" data-time-zone=\"" + HtmlEncoder.Default.Encode(zone.Id) + "\"") : HtmlString.Empty;

    /// <summary>Gives the request its holder; everything the request runs after this (the page, its views, an error page) sees it.</summary>
    public static async Task ScopeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Current.Value = new Holder();
        await next(context);
    }

    /// <summary>The request's reader chose <paramref name="name"/> (null or a name this machine does not know: none).</summary>
    public static void Use(string? name)
    {
        if (Current.Value is { } holder)
        {
            holder.Zone = TimeZoneNames.TryFind(name, out var zone) ? zone : null;
        }
    }

    /// <summary>A reference the request's flow carries, so a zone set deep inside the page is seen by the views after it.</summary>
    private sealed class Holder
    {
        private volatile TimeZoneInfo? zone;

        public TimeZoneInfo? Zone
        {
            get => zone;
            set => zone = value;
        }
    }
}
