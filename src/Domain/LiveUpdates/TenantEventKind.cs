namespace Portal.Domain.LiveUpdates;

/// <summary>
/// What changed in a tenant. The first five come from the tenant's dashboard broadcast, the next three from its patients
/// broadcast, the encounter kinds from its encounters broadcast; <see cref="Interrupted"/> comes from the feed itself.
/// </summary>
public enum TenantEventKind
{
    /// <summary>New dashboard numbers; the event carries <see cref="TenantEvent.Stats"/>.</summary>
    Stats = 0,

    /// <summary>A new activity entry; the event carries <see cref="TenantEvent.Activity"/>.</summary>
    Activity,

    /// <summary>The dashboard was told a patient changed.</summary>
    PatientUpdate,

    /// <summary>The dashboard was told a claim changed.</summary>
    ClaimUpdate,

    /// <summary>The dashboard was told an encounter changed.</summary>
    EncounterUpdate,

    /// <summary>A patient was registered; the event carries <see cref="TenantEvent.Patient"/>.</summary>
    PatientCreated,

    /// <summary>A patient's record changed; the event carries <see cref="TenantEvent.Patient"/>.</summary>
    PatientUpdated,

    /// <summary>A patient's record was removed.</summary>
    PatientDeleted,

    /// <summary>
    /// The live feed was interrupted and is live again: changes made meanwhile were not delivered, so what is on screen
    /// may be behind. Carries no payload.
    /// </summary>
    Interrupted,

    /// <summary>An encounter was recorded; the event carries <see cref="TenantEvent.Encounter"/>.</summary>
    EncounterCreated,

    /// <summary>An encounter's record changed; the event carries <see cref="TenantEvent.Encounter"/>.</summary>
    EncounterUpdated,
}
