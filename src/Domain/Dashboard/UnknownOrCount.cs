namespace Portal.Domain.Dashboard;

/// <summary>A dashboard count: a number of things, or null when the backend did not say.</summary>
internal static class UnknownOrCount
{
    public static void Require(int? count, string name)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(name, count, "A count cannot be negative.");
        }
    }
}
