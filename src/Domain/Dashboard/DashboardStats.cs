namespace Portal.Domain.Dashboard;

/// <summary>A practice's headline numbers: patients, claims, encounters and insurance verification.</summary>
public sealed record DashboardStats
{
    public DashboardStats(PatientCounts patients, ClaimCounts claims, EncounterCounts encounters, InsuranceCounts insurance)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(encounters);
        ArgumentNullException.ThrowIfNull(insurance);
        Patients = patients;
        Claims = claims;
        Encounters = encounters;
        Insurance = insurance;
    }

    public PatientCounts Patients { get; }

    public ClaimCounts Claims { get; }

    public EncounterCounts Encounters { get; }

    public InsuranceCounts Insurance { get; }

    /// <summary>Whether any figure is known: an update with none says nothing.</summary>
    public bool HasAnyFigure =>
        Claims.TotalAmount is not null
        || new[]
        {
            Patients.Total, Patients.NewThisMonth, Patients.Active,
            Claims.Total, Claims.Pending, Claims.Approved, Claims.Denied,
            Encounters.Today, Encounters.ThisWeek, Encounters.ThisMonth,
            Insurance.Verified, Insurance.PendingVerification, Insurance.Expired,
        }.Any(count => count is not null);
}
