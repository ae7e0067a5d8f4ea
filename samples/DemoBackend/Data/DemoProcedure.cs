namespace Portal.Demo.Backend.Data;

/// <summary>A billable procedure of a practice's fee schedule; <see cref="MaxUnits"/> above 1 for timed therapy codes.</summary>
internal sealed record DemoProcedure(string Code, string Description, long UnitChargeCents, int MaxUnits = 1);
