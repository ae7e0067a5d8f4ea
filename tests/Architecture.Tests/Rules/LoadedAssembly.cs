using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;
using Mono.Cecil;

namespace Portal.Architecture.Tests.Rules;

/// <summary>
/// An assembly from the test output folder read with Cecil, with every top-level type's dependencies and the assembly's
/// references (metadata and deps.json) collected once, up front.
/// </summary>
public sealed class LoadedAssembly
{
    private static readonly ConcurrentDictionary<string, Lazy<LoadedAssembly>> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<TypeDefinition, IReadOnlyList<Dependency>> dependencies;

    private LoadedAssembly(AssemblyDefinition assembly, IReadOnlyList<AssemblyReference> references)
    {
        Name = assembly.Name.Name;
        Types = assembly.Modules.SelectMany(m => m.Types).ToList();
        dependencies = Types.ToDictionary(t => t, DependencyCollector.Collect);
        References = references;
    }

    public string Name { get; }

    /// <summary>Top-level types, <c>&lt;Module&gt;</c> and compiler-generated ones included; nested types count as their outermost type.</summary>
    public IReadOnlyList<TypeDefinition> Types { get; }

    public IReadOnlyList<AssemblyReference> References { get; }

    /// <summary>Reads <c>{assemblyName}.dll</c> and <c>{assemblyName}.deps.json</c> from the test output folder (once per test run).</summary>
    public static LoadedAssembly Named(string assemblyName) =>
        Loaded.GetOrAdd(assemblyName, name => new Lazy<LoadedAssembly>(() => Read(name))).Value;

    public IReadOnlyList<Dependency> DependenciesOf(TypeDefinition type) => dependencies[type];

    public override string ToString() => Name;

    private static LoadedAssembly Read(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        var resolver = new DefaultAssemblyResolver();
        foreach (var directory in SearchDirectories())
        {
            resolver.AddSearchDirectory(directory);
        }

        var assembly = AssemblyDefinition.ReadAssembly(path, new ReaderParameters
        {
            AssemblyResolver = resolver,
            InMemory = true,
            ReadingMode = ReadingMode.Immediate,
        });

        var metadataReferences = assembly.Modules
            .SelectMany(m => m.AssemblyReferences)
            .Select(r => new AssemblyReference(r.Name, $"assembly reference {r.Name} {r.Version}"));
        return new LoadedAssembly(assembly, [.. metadataReferences, .. ReadDepsFile(assemblyName)]);
    }

    /// <summary>
    /// Every library in the assembly's deps.json except itself, by package or project name and by the name of each
    /// assembly it ships: a PackageReference the code never touches still appears here.
    /// </summary>
    private static IEnumerable<AssemblyReference> ReadDepsFile(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".deps.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: the test project copies each referenced project's deps.json next to its dll.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var libraryTypes = document.RootElement.GetProperty("libraries").EnumerateObject()
            .ToDictionary(l => l.Name, l => l.Value.GetProperty("type").GetString(), StringComparer.Ordinal);
        var references = new List<AssemblyReference>();
        foreach (var target in document.RootElement.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject())
            {
                var name = library.Name.Split('/')[0];
                var type = libraryTypes.GetValueOrDefault(library.Name);

                // "referenceassembly" entries are the whole framework's compile-time reference set, written when the
                // project preserves its compilation context (Razor, Mvc.Testing); they are not dependencies.
                if (name == assemblyName || type == "referenceassembly")
                {
                    continue;
                }

                // A "reference" library (Portal.Domain.Reference) is a referenced project's dll; only its file names count.
                if (type != "reference")
                {
                    references.Add(new AssemblyReference(name, $"library {library.Name} in deps.json"));
                }

                if (library.Value.TryGetProperty("runtime", out var runtime))
                {
                    references.AddRange(runtime.EnumerateObject()
                        .Select(asset => Path.GetFileNameWithoutExtension(asset.Name))
                        .Where(file => file != name)
                        .Select(file => new AssemblyReference(file, $"assembly {file} of library {library.Name} in deps.json")));
                }
            }
        }

        return references;
    }

    private static IEnumerable<string> SearchDirectories()
    {
        yield return AppContext.BaseDirectory;
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        yield return runtimeDirectory;

        // The ASP.NET Core shared framework sits next to Microsoft.NETCore.App: shared/Microsoft.AspNetCore.App/<version>.
        var aspNetCore = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtimeDirectory.TrimEnd(Path.DirectorySeparatorChar)))!, "Microsoft.AspNetCore.App");
        if (Directory.Exists(aspNetCore))
        {
            foreach (var version in Directory.EnumerateDirectories(aspNetCore))
            {
                yield return version;
            }
        }
    }
}
