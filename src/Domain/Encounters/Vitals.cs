namespace Portal.Domain.Encounters;

/// <summary>
/// The vital signs taken at an encounter, each exactly as the clinic wrote it ("120/80", "98.6", "165 lbs"): the units
/// are the clinic's, so Portal shows them and computes nothing. An empty value was not taken.
/// </summary>
public sealed record Vitals
{
    public static readonly Vitals None = new(string.Empty, string.Empty, string.Empty, string.Empty);

    public Vitals(string bloodPressure, string temperature, string pulse, string weight)
    {
        ArgumentNullException.ThrowIfNull(bloodPressure);
        ArgumentNullException.ThrowIfNull(temperature);
        ArgumentNullException.ThrowIfNull(pulse);
        ArgumentNullException.ThrowIfNull(weight);
        BloodPressure = bloodPressure;
        Temperature = temperature;
        Pulse = pulse;
        Weight = weight;
    }

    public string BloodPressure { get; }

    public string Temperature { get; }

    public string Pulse { get; }

    public string Weight { get; }

    public bool IsEmpty => BloodPressure.Length == 0 && Temperature.Length == 0 && Pulse.Length == 0 && Weight.Length == 0;
}
