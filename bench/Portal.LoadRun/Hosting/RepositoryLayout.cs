using System.Diagnostics;
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

    /// <summary>
    /// Another checkout of Portal (an earlier commit's worktree), built in the same configuration, whose Portal and demo
    /// backend a run compares with this one's.
    /// </summary>
    public static RepositoryLayout At(string root, string configuration) =>
        File.Exists(Path.Combine(root, "Portal.sln"))
            ? new RepositoryLayout(Path.GetFullPath(root), configuration)
            : throw new InvalidOperationException($"{root} holds no Portal.sln: give --against a checkout of Portal.");

    /// <summary>The checkout's commit, abbreviated as git does (its folder's name where git cannot tell).</summary>
    public string Revision()
    {
        using var git = Process.Start(new ProcessStartInfo("git", ["-C", Root, "rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true, RedirectStandardError = true });
        var revision = git?.StandardOutput.ReadToEnd().Trim();
        git?.WaitForExit();
        return git is { ExitCode: 0 } && revision is { Length: > 0 } ? revision : Path.GetFileName(Root);
    }

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
            : throw new InvalidOperationException($"{binary} is missing: build {project} in {Configuration} (dotnet build -c {Configuration} {Path.Combine(Root, "Portal.sln")}).");
    }
}
