using System.Reflection;

namespace Portal.LoadRun.Hosting;

/// <summary>Where the repository's build outputs are: Portal and the demo backend, built in the load run's own configuration.</summary>
internal sealed class RepositoryLayout
{
    private RepositoryLayout(string root, string configuration)
    {
        Root = root;
        Configuration = configuration;
    }

    public string Root { get; }

    /// <summary>Release under <c>dotnet run -c Release</c>; Portal and the demo backend are built alongside in the same one.</summary>
    public string Configuration { get; }

    /// <summary>Portal's working directory; its content root is its build output, wherever it is started.</summary>
    public string WebDirectory => Path.Combine(Root, "src", "Web");

    public string WebBinary => Binary(Path.Combine("src", "Web"), "Portal.Web.dll");

    /// <summary>The settings Portal ships with (its log levels), which the bare endpoint reads too.</summary>
    public string WebSettings => Binary(Path.Combine("src", "Web"), "appsettings.json");

    public string DemoBackendBinary => Binary(Path.Combine("samples", "DemoBackend"), "Portal.Demo.Backend.dll");

    /// <summary>This executable, which becomes the bare endpoint when started with its role.</summary>
    public static string LoadRunBinary => Path.Combine(AppContext.BaseDirectory, "Portal.LoadRun.dll");

    public static RepositoryLayout Locate()
    {
        var configuration = typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return new RepositoryLayout(directory.FullName, configuration);
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Portal.sln.");
    }

    private string Binary(string project, string file)
    {
        var binary = Path.Combine(Root, project, "bin", Configuration, "net10.0", file);
        return File.Exists(binary)
            ? binary
            : throw new InvalidOperationException($"{binary} is missing: build bench/Portal.LoadRun (it builds {project}) in {Configuration}.");
    }
}
