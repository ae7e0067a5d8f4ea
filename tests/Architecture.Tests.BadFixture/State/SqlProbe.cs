using System.Data.Common;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Mentions a database connection only in an isinst instruction.</summary>
public static class SqlProbe
{
    public static string? DatabaseOf(object candidate) => (candidate as DbConnection)?.Database;
}
