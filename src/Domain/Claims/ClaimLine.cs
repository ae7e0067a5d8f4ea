using Portal.Domain.Common;

namespace Portal.Domain.Claims;

/// <summary>One billed procedure of a claim. The charge is US dollars (<see cref="PracticeMoney"/>), negative for a reversed line.</summary>
public sealed record ClaimLine
{
    public ClaimLine(string procedureCode, string description, decimal? units, Money charge)
    {
        ArgumentNullException.ThrowIfNull(procedureCode);
        ArgumentNullException.ThrowIfNull(description);
        if (units < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(units), units, "A line bills no negative units.");
        }

        ProcedureCode = procedureCode;
        Description = description;
        Units = units;
        Charge = PracticeMoney.RequireDollars(charge, nameof(charge));
    }

    /// <summary>The procedure's code, for example a CPT code such as "99213"; empty when the backend gives none.</summary>
    public string ProcedureCode { get; }

    /// <summary>Empty when the backend gives none.</summary>
    public string Description { get; }

    /// <summary>
    /// How many of the procedure were billed; not always whole (a timed service in parts of an hour). Null when the
    /// backend sent a count that cannot be read.
    /// </summary>
    public decimal? Units { get; }

    public Money Charge { get; }
}
