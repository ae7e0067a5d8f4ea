namespace Portal.Application.UnitTests.Common;

/// <summary>Theory data every area's list and lookup validators share: the paging limits and the malformed identifiers.</summary>
public static class ValidatorCases
{
    /// <summary>Page from 1, page size 1 to 100: <c>(page, size, valid)</c>.</summary>
    public static TheoryData<int, int, bool> PagingLimits { get; } = new()
    {
        { 1, 1, true },
        { 1, 100, true },
        { 7, 25, true },
        { 0, 25, false },
        { -1, 25, false },
        { 1, 0, false },
        { 1, 101, false },
    };

    /// <summary>Two of the area's own well-formed ids, then ids no backend subject or path may carry: <c>(id, valid)</c>.</summary>
    public static TheoryData<string, bool> Identifiers(string wellFormed, string alsoWellFormed)
    {
        var cases = new TheoryData<string, bool> { { wellFormed, true }, { alsoWellFormed, true } };
        foreach (var id in (string[])["", "id/1", "id.>", "id 1", "id.1"])
        {
            cases.Add(id, false);
        }

        return cases;
    }
}
