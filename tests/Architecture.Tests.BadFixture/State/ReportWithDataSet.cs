using System.Data;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Keeps data in a System.Data.DataSet field.</summary>
public sealed class ReportWithDataSet
{
    private readonly DataSet rows = new();

    public int TableCount => rows.Tables.Count;
}
