namespace Portal.Adapters.Http.Company.Dtos;

internal sealed class BillingProfileDto
{
    /// <summary>Days as text ("30"); read as text whether it comes as a string or a number.</summary>
    public string? PaymentTerms { get; set; }

    public string? PreferredCurrency { get; set; }
}
