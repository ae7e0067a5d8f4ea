using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>One billing document speaks one currency: every amount on it must share the document's currency.</summary>
internal static class MoneyRules
{
    public static Money RequireCurrency(Money amount, string currency, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(amount, parameterName);
        if (amount.Currency != currency)
        {
            throw new ArgumentException(
                $"{parameterName} is in {amount.Currency} but the document is in {currency}.", parameterName);
        }

        return amount;
    }

    public static IReadOnlyList<InvoiceLine> RequireLines(IReadOnlyList<InvoiceLine> lines, string currency, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(lines, parameterName);
        foreach (var line in lines)
        {
            ArgumentNullException.ThrowIfNull(line, parameterName);
            // A line's unit price and total already share a currency (InvoiceLine checks it).
            if (line.LineTotal.Currency != currency)
            {
                throw new ArgumentException(
                    $"The line '{line.Description}' is in {line.LineTotal.Currency} but the document is in {currency}.",
                    parameterName);
            }
        }

        return lines;
    }
}
