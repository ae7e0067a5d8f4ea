namespace Portal.Demo.Backend;

/// <summary>Stands in for the demo backend's seeded data, which nothing under src may use.</summary>
public static class DemoSeed
{
    public const int Patients = 3;

    public static int Tenants() => 2;
}
