namespace Portal.Demo.Backend.Data;

/// <summary>
/// A line of an invoice or proforma; <see cref="TaxRatePercent"/> is a whole percentage, e.g. 21 (the Platform writes it
/// as the fraction <c>"0.2100"</c>). <see cref="Kind"/> is one of the Platform's line kinds (service, setup, credit, ...).
/// </summary>
internal sealed record DemoDocumentLine(
    string Description,
    int Quantity,
    long UnitPriceCents,
    int TaxRatePercent,
    string Kind = "service",
    string DomainName = "",
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null)
{
    public long LineTotalCents => Quantity * UnitPriceCents;

    /// <summary>Rounded half away from zero, per line, as the lines are printed.</summary>
    public long TaxCents => (long)Math.Round(LineTotalCents * TaxRatePercent / 100m, MidpointRounding.AwayFromZero);
}
