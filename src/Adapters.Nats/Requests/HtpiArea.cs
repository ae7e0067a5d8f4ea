namespace Portal.Adapters.Nats.Requests;

/// <summary>
/// A part of HTPI as the answer subjects name it (<c>customer.&lt;area&gt;.response.…</c>). <see cref="Name"/> is also
/// the area a <c>BackendUnavailableException</c> reports.
/// </summary>
internal sealed record HtpiArea
{
    private HtpiArea(string name) => Name = name;

    public static HtpiArea Auth { get; } = new("auth");

    public static HtpiArea Tenants { get; } = new("tenants");

    public static HtpiArea Patients { get; } = new("patients");

    public static HtpiArea Dashboard { get; } = new("dashboard");

    public static HtpiArea Insurance { get; } = new("insurance");

    public static HtpiArea Claims { get; } = new("claims");

    public static HtpiArea Encounters { get; } = new("encounters");

    /// <summary>Every area, each with its own circuit breaker.</summary>
    public static IReadOnlyList<HtpiArea> All { get; } = [Auth, Tenants, Patients, Dashboard, Insurance, Claims, Encounters];

    public string Name { get; }

    public override string ToString() => Name;
}
