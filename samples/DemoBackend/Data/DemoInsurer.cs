namespace Portal.Demo.Backend.Data;

/// <summary>An insurer with the plans it sells and the prefix of its policy numbers; public plans have no group number.</summary>
internal sealed record DemoInsurer(string Name, string PolicyPrefix, IReadOnlyList<string> PlanTypes, bool IsPublicPlan = false);
