using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Portal.Architecture.Tests.Rules;

/// <summary>Name patterns where <c>*</c> stands for any run of characters (including dots); everything else is literal.</summary>
public static class Glob
{
    private static readonly ConcurrentDictionary<(string Pattern, bool IgnoreCase), Regex> Cache = new();

    public static bool IsMatch(string value, string pattern, bool ignoreCase = false) =>
        Cache.GetOrAdd((pattern, ignoreCase), static key => new Regex(
            "^" + Regex.Escape(key.Pattern).Replace(@"\*", ".*", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant | (key.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None)))
        .IsMatch(value);
}
