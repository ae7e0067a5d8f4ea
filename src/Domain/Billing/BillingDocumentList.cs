using Portal.Domain.Common;

namespace Portal.Domain.Billing;

/// <summary>One page of the customer's billing documents, with the counts of all of them; null counts when the Platform did not send them.</summary>
public sealed record BillingDocumentList(Page<BillingDocument> Documents, BillingDocumentCounts? Counts);
