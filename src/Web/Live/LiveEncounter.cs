using Portal.Domain.Encounters;
using Portal.Web.Formatting;

namespace Portal.Web.Live;

/// <summary>An encounter as live.js shows it: display text only, in the same words the pages use.</summary>
public sealed record LiveEncounter(
    string Id,
    string PatientId,
    LiveTime? Date,
    string Type,
    string Provider,
    string ChiefComplaint,
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<string> Procedures,
    IReadOnlyDictionary<string, string> Vitals,
    string Notes,
    string Status)
{
    public static LiveEncounter From(Encounter encounter)
    {
        ArgumentNullException.ThrowIfNull(encounter);
        return new LiveEncounter(
            encounter.Id.Value,
            encounter.PatientId.Value,
            encounter.Date is { } date ? LiveTime.Instant(date) : encounter.Day is { } day ? LiveTime.Date(day) : null,
            EncounterText.Words(encounter.Type),
            Display.OrDash(encounter.Provider),
            Display.OrDash(encounter.ChiefComplaint),
            encounter.Diagnoses,
            encounter.Procedures,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["bloodPressure"] = Display.OrDash(encounter.Vitals.BloodPressure),
                ["temperature"] = Display.Temperature(encounter.Vitals.Temperature),
                ["pulse"] = Display.OrDash(encounter.Vitals.Pulse),
                ["weight"] = Display.OrDash(encounter.Vitals.Weight),
            },
            Display.OrDash(encounter.Notes),
            EncounterText.Words(encounter.Status));
    }
}
