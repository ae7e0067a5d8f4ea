namespace Portal.Domain.Common;

/// <summary>
/// Money of the practice-management (HTPI) backends: patients, insurance, claims and dashboard amounts carry no
/// currency on the wire. Those backends serve US healthcare practices (SSNs, copays, deductibles), so every such amount
/// is taken as US dollars; this is the one place that decision lives.
/// </summary>
public static class PracticeMoney
{
    public const string Currency = "USD";

    public static Money FromCents(long cents) => new(cents, Currency);

    /// <summary>
    /// Throws unless <paramref name="amount"/> is a US-dollar amount, of either sign: a claim's amounts may be negative (a
    /// reversal, a recoupment).
    /// </summary>
    public static Money RequireDollars(Money amount, string name)
    {
        ArgumentNullException.ThrowIfNull(amount, name);
        if (amount.Currency != Currency)
        {
            throw new ArgumentException($"{name} must be a {Currency} amount.", name);
        }

        return amount;
    }

    /// <summary>Throws unless <paramref name="amount"/> is a non-negative US-dollar amount.</summary>
    public static Money RequireNonNegative(Money amount, string name)
    {
        if (RequireDollars(amount, name).Cents < 0)
        {
            throw new ArgumentException($"{name} must be a non-negative {Currency} amount.", name);
        }

        return amount;
    }
}
