using Portal.Domain.Common;

namespace Portal.Domain.Claims;

/// <summary>One billed procedure of a claim. The charge is US dollars (<see cref="PracticeMoney"/>).</summary>
public sealed record ClaimLine
{
    public ClaimLine(string procedureCode, string description, int units, Money charge)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(procedureCode);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        ProcedureCode = procedureCode;
        Description = description;
        Units = units;
        Charge = PracticeMoney.RequireNonNegative(charge, nameof(charge));
    }

    /// <summary>The procedure's code, for example a CPT code such as "99213".</summary>
    public string ProcedureCode { get; }

    /// <summary>Empty when the backend gives none.</summary>
    public string Description { get; }

    public int Units { get; }

    public Money Charge { get; }
}
