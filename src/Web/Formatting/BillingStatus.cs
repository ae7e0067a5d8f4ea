using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Web.Formatting;

/// <summary>
/// The one status a customer reads for a billing document, said once: the Platform's overdue verdict replaces the
/// status it qualifies, an issued invoice due within <see cref="DueSoonDays"/> days reads "Due soon", and a draft says
/// it is not a bill yet. <see cref="Tone"/> names the emphasis (a CSS class), for what needs action.
/// </summary>
public sealed record BillingStatus(string Label, string Tone)
{
    public const int DueSoonDays = 7;

    public static BillingStatus For(InvoiceSummary invoice, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.IsOverdue || invoice.Status == InvoiceStatus.Overdue)
        {
            return new("Overdue", "status-overdue");
        }

        return invoice.Status switch
        {
            InvoiceStatus.Issued when invoice.DueDate is { } due && due.DayNumber - today.DayNumber <= DueSoonDays && invoice.AmountDue is not { Cents: <= 0 }
                => new("Due soon", "status-due-soon"),
            InvoiceStatus.Issued => new("Issued", "status-neutral"),
            InvoiceStatus.Draft => new("Draft, not issued yet", "status-draft"),
            InvoiceStatus.Paid or InvoiceStatus.Refunded => new(Display.Words(invoice.Status), "status-done"),
            InvoiceStatus.Void => new("Void", "status-draft"),
            InvoiceStatus.Unknown => AsItCame(invoice.StatusCode),
            _ => new(Display.Words(invoice.Status), "status-neutral"),
        };
    }

    public static BillingStatus For(ProformaSummary proforma)
    {
        ArgumentNullException.ThrowIfNull(proforma);
        // The Platform's is_expired only says valid_until has passed: an accepted or converted offer was settled before.
        if (proforma.Status == ProformaStatus.Expired
            || (proforma.IsExpired && proforma.Status is ProformaStatus.Draft or ProformaStatus.Sent))
        {
            return new("Expired", "status-draft");
        }

        return proforma.Status switch
        {
            ProformaStatus.Draft => new("Draft, not sent yet", "status-draft"),
            ProformaStatus.Accepted => new("Accepted", "status-done"),
            ProformaStatus.Converted => new("Converted to an invoice", "status-done"),
            ProformaStatus.Unknown => AsItCame(proforma.StatusCode),
            _ => new(Display.Words(proforma.Status), "status-neutral"),
        };
    }

    /// <summary>What is still to pay, or a dash where nothing is asked (<see cref="Owed"/>) and where the Platform does not say.</summary>
    public static string AmountDue(InvoiceSummary invoice) => Display.Money(Owed(invoice));

    /// <summary>
    /// The Platform's amount due, or null for an invoice that asks for nothing: a draft not yet, a void one no longer, and a
    /// refunded or partly refunded one was paid (the Platform's amount due there counts the money given back as unpaid).
    /// </summary>
    public static Money? Owed(InvoiceSummary invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Void or InvoiceStatus.Refunded or InvoiceStatus.PartiallyRefunded
            ? null
            : invoice.AmountDue;
    }

    /// <summary>A status this code does not know, in the Platform's words rather than a guess; "Unknown" only when it sent none.</summary>
    private static BillingStatus AsItCame(string? code) =>
        new(string.IsNullOrWhiteSpace(code) ? "Unknown" : Display.Words(code.Trim()), "status-neutral");
}
