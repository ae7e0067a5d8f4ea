namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>What a <c>ProformaItem</c> adds to the fields all billing documents share, wherever it is sent.</summary>
internal interface IProformaItemFields
{
    string? ValidUntil { get; }

    /// <summary>Null when not given: then the proforma is not marked expired (its status still says so).</summary>
    bool? IsExpired { get; }
}
