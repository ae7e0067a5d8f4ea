using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>An invoice as a list shows it.</summary>
public sealed record InvoiceSummary
{
    public InvoiceSummary(
        InvoiceNumber number,
        InvoiceStatus status,
        Money total,
        DateOnly? dueDate,
        DateTimeOffset? createdAt,
        bool isOverdue,
        Money? amountDue)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(total);
        Number = number;
        Status = status;
        Total = total;
        DueDate = dueDate;
        CreatedAt = createdAt;
        IsOverdue = isOverdue;
        AmountDue = amountDue is null ? null : MoneyRules.RequireCurrency(amountDue, total.Currency, nameof(amountDue));
    }

    public InvoiceNumber Number { get; }

    public InvoiceStatus Status { get; }

    /// <summary>The Platform's status code as it came ("partially_refunded"), shown as it is when <see cref="Status"/> is unknown.</summary>
    public string? StatusCode { get; init; }

    /// <summary>The amount invoiced, tax included; its currency is the invoice's currency.</summary>
    public Money Total { get; }

    /// <summary>The last day to pay; a draft may not have one yet.</summary>
    public DateOnly? DueDate { get; }

    /// <summary>When the invoice was made; null when the Platform's time could not be read. The Platform orders the lists by it, not Portal.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The Platform's verdict, not recomputed here: only the Platform knows its payment terms and clock.</summary>
    public bool IsOverdue { get; }

    /// <summary>
    /// What is still to be paid after payments and refunds, in the invoice's currency; null where the Platform does not
    /// say (the billing summary's latest invoices).
    /// </summary>
    public Money? AmountDue { get; }
}
