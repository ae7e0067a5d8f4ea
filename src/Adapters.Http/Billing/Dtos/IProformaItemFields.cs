namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>What a <c>ProformaItem</c> adds to the fields all billing documents share, wherever it is sent.</summary>
internal interface IProformaItemFields
{
    string? ValidUntil { get; }

    bool IsExpired { get; }
}
