namespace Portal.Domain.Billing;

/// <summary>The two kinds of document the customer's billing list holds.</summary>
public enum BillingDocumentType
{
    Invoice = 1,
    Proforma,
}
