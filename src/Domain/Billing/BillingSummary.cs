using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>
/// The customer's billing at a glance: invoice counts by status and the issued and overdue invoices' total. The counts are
/// the Platform's by stored status: an issued invoice past its due date counts as issued, and void or refunded invoices
/// count in no status, only in the total. A count the Platform did not give is null.
/// </summary>
public sealed record BillingSummary
{
    public BillingSummary(
        int? totalInvoices,
        int? draftInvoices,
        int? issuedInvoices,
        int? overdueInvoices,
        int? paidInvoices)
    {
        UnknownOrCount.Require(totalInvoices, nameof(totalInvoices));
        UnknownOrCount.Require(draftInvoices, nameof(draftInvoices));
        UnknownOrCount.Require(issuedInvoices, nameof(issuedInvoices));
        UnknownOrCount.Require(overdueInvoices, nameof(overdueInvoices));
        UnknownOrCount.Require(paidInvoices, nameof(paidInvoices));
        TotalInvoices = totalInvoices;
        DraftInvoices = draftInvoices;
        IssuedInvoices = issuedInvoices;
        OverdueInvoices = overdueInvoices;
        PaidInvoices = paidInvoices;
    }

    public int? TotalInvoices { get; }

    public int? DraftInvoices { get; }

    public int? IssuedInvoices { get; }

    public int? OverdueInvoices { get; }

    public int? PaidInvoices { get; }

    /// <summary>
    /// The gross totals of the issued and overdue invoices added up, as the Platform computes it: payments already made on
    /// them are not subtracted, so this is not what is left to pay, and the Platform adds amounts in any currency and
    /// labels the sum with one it does not derive from them (<see cref="TotalCurrencyConfirmed"/>). Null when the
    /// Platform gives none, or when the invoices seen are in more than one currency.
    /// </summary>
    public Money? IssuedAndOverdueTotal { get; init; }

    /// <summary>True when every invoice is known to be in the total's currency; else the page says it assumes so.</summary>
    public bool TotalCurrencyConfirmed { get; init; }

    /// <summary>
    /// The summary told in the currency of <paramref name="latest"/>, the newest invoices with their own currencies, all
    /// of them when <paramref name="allInvoices"/>: one currency among them is the total's (confirmed when they are all
    /// there is and each named its currency, none <see cref="Money.NoCurrency"/>); more than one leaves the total
    /// unknown. No invoices naming a currency leave it as it is.
    /// </summary>
    public BillingSummary InCurrencyOf(IReadOnlyList<InvoiceSummary> latest, bool allInvoices)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var currencies = latest.Where(invoice => invoice.Total.CurrencyStated)
            .Select(invoice => invoice.Total.Currency)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var confirmed = allInvoices && latest.All(invoice => invoice.Total.CurrencyStated);
        return currencies switch
        {
            [] => this with { TotalCurrencyConfirmed = confirmed },
            [var one] => this with
            {
                IssuedAndOverdueTotal = IssuedAndOverdueTotal is { } total ? new Money(total.Cents, one, total.Decimals) : null,
                TotalCurrencyConfirmed = confirmed,
            },
            _ => this with { IssuedAndOverdueTotal = null, TotalCurrencyConfirmed = false },
        };
    }
}
