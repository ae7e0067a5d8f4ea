namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>What an <c>InvoiceItem</c> adds to the fields all billing documents share, wherever it is sent.</summary>
internal interface IInvoiceItemFields
{
    string? DueAt { get; }

    /// <summary>Null when not given: then the invoice is not marked overdue (its status still says so).</summary>
    bool? IsOverdue { get; }

    /// <summary>In cents, like every amount the Platform sends.</summary>
    long? AmountDue { get; }
}
