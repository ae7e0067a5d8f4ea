using System.Globalization;
using System.Text;
using Portal.LoadRun.Report;

namespace Portal.Chaos.Report;

/// <summary>The fault run's figures as Markdown: one row per scenario, then what each scenario did.</summary>
internal static class ChaosReport
{
    public static string Render(ChaosSettings settings, IReadOnlyList<ScenarioFigures> rows)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"Fault run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {settings.Clients} signed-in clients over two Portal instances, per scenario {settings.Baseline.TotalSeconds:0} s calm, {settings.Outage.TotalSeconds:0} s outage, {settings.Settle.TotalSeconds:0} s to recover.");
        text.AppendLine();
        text.AppendLine(invariant, $"Machine: {MachineDescription.Describe()}; Release build.");
        text.AppendLine();
        text.AppendLine(invariant, $"Command: `{settings.Command}`");
        text.AppendLine();
        text.AppendLine("| scenario | requests | full pages | partial pages | other answers | p50 ms | p99 ms | max ms | p50 ms in the outage | quick answers after the fault | full pages again after | log bytes A / B |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            var others = row.OtherStatuses.Count == 0
                ? "none"
                : string.Join(", ", row.OtherStatuses.OrderBy(pair => pair.Key).Select(pair =>
                    string.Create(invariant, $"{(pair.Key == 0 ? "no answer" : pair.Key.ToString(invariant))}: {pair.Value:N0}")));
            var quick = row.QuickAfter is { } fast ? string.Create(invariant, $"{fast.TotalSeconds:0} s") : "not in the outage";
            var fullAgain = row.FullAgainAfter is { } after ? string.Create(invariant, $"{after.TotalSeconds:0.0} s") : "not within the run";
            text.AppendLine(invariant,
                $"| {row.Window.Scenario.Name} | {row.Requests:N0} | {row.Full:N0} | {row.Partial:N0} | {others} | {row.P50:0} | {row.P99:0} | {row.Max:0} | {row.OutageP50:0} | {quick} | {fullAgain} | {string.Join(" / ", row.Window.LogBytes.Select(b => b.ToString("N0", invariant)))} |");
        }

        text.AppendLine();
        foreach (var row in rows)
        {
            text.AppendLine(invariant, $"- {row.Window.Scenario.Name}: {row.Window.Scenario.Fault}.");
        }

        text.AppendLine();
        text.AppendLine(invariant, $"Full pages: 200 with no part marked unavailable; partial: 200 with a card unavailable. \"p50 ms in the outage\" counts answers sent from {ScenarioFigures.Settling.TotalSeconds:0} s after the fault until the part is brought back. \"Quick answers after the fault\": from the fault to the first whole second in which 99 % of the answers sent came within {ScenarioFigures.Quick.TotalSeconds:0} s, when Portal stopped holding pages up for the missing part (the timeline on stderr shows every second). \"Full pages again after\": from the moment the part is brought back (a restart: when it is started) to the last answer that was not a full page. Log bytes: what each Portal instance wrote to stdout and stderr over the scenario's whole window.");
        return text.ToString();
    }
}
