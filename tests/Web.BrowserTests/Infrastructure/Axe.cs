using System.Text.Json;
using Microsoft.Playwright;
using Portal.Testing.Support;

namespace Portal.Web.BrowserTests.Infrastructure;

/// <summary>
/// axe-core, the npm package pinned in this project's package-lock.json, run inside a page for the WCAG 2.0 and 2.1
/// A and AA rules.
/// </summary>
internal static class Axe
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private const string RunScript = """
        async tags => {
            const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return results.violations.map(v => ({ Id: v.id, Help: v.help, Targets: v.nodes.map(n => n.target.join(' ')) }));
        }
        """;

    private static readonly Lazy<string> Source = new(ReadSource);

    public static string ScriptPath { get; } =
        Path.Combine(RepositoryRoot.Find(), "tests", "Web.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Loads axe into the page (once per document) and returns what it finds broken in the page as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        // Evaluated over the DevTools protocol, which Portal's Content-Security-Policy (script-src 'self', no inline
        // script) does not govern; a <script> element added to the page would be refused by it.
        if (!await page.EvaluateAsync<bool>("() => typeof axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var violations = await page.EvaluateAsync<JsonElement>(RunScript, WcagTags);
        return violations.Deserialize<AxeViolation[]>()!;
    }

    private static string ReadSource() =>
        File.Exists(ScriptPath)
            ? File.ReadAllText(ScriptPath)
            : throw new InvalidOperationException(
                $"axe-core is not installed ({ScriptPath} is missing): run `npm ci` in tests/Web.BrowserTests "
                + "(or ./portal.sh test, which does).");
}
