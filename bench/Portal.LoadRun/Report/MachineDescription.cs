using System.Globalization;
using System.Runtime.InteropServices;

namespace Portal.LoadRun.Report;

/// <summary>The machine a run was measured on, in one line: cores, CPU model, OS and .NET.</summary>
internal static class MachineDescription
{
    public static string Describe()
    {
        var cpu = FirstValue("/proc/cpuinfo", "model name", ':');
        var os = FirstValue("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores{(cpu is null ? string.Empty : " (" + cpu + ")")}, {os} {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}");
    }

    private static string? FirstValue(string file, string key, char separator)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Select(line => line.Split(separator, 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == key)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }
}
