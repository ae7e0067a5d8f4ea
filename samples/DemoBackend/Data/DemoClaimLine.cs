namespace Portal.Demo.Backend.Data;

/// <summary>One billed procedure; <see cref="ChargeCents"/> is the line's whole charge (all units).</summary>
internal sealed record DemoClaimLine(string ProcedureCode, string Description, int Units, long ChargeCents);
