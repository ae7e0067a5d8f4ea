using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Web.Formatting;

/// <summary>How pages show money, dates and enum values: one invariant format everywhere, whatever the server's culture.</summary>
public static class Display
{
    public static string Money(Money? amount) =>
        amount is null
            ? "—"
            : string.Create(CultureInfo.InvariantCulture, $"{amount.Cents / 100m:N2} {amount.Currency}");

    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Instant(DateTimeOffset? instant) =>
        instant?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "—";

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Gigabytes(decimal? value) =>
        value is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"{value:0.##} GB");

    /// <summary>An enum value as words: "InProgress" becomes "In progress".</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                builder.Append(name[i]);
            }
        }

        return builder.ToString();
    }
}
