namespace Portal.Testing.Support;

/// <summary>The checkout a test runs from: the nearest folder above the test's output folder that holds Portal.sln.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "Portal.sln";

    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");
    }
}
