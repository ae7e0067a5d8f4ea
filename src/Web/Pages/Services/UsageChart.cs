using System.Globalization;
using Portal.Domain.Services;

namespace Portal.Web.Pages.Services;

/// <summary>
/// The geometry of the server-rendered usage chart: one bar per day for bandwidth, scaled to the period's largest day.
/// Only numbers reach the SVG; labels are Razor-encoded text.
/// </summary>
public sealed class UsageChart
{
    public const int Width = 720;
    public const int Height = 252;
    // Room above the plot for the largest day's label, which starts at the plot's left edge so no length of it is cut off.
    private const int PlotTop = 28;
    // Room below the plot for the date axis.
    private const int PlotBottom = Height - 36;
    private const int PlotLeft = 48;
    private const int PlotRight = Width - 8;

    public UsageChart(UsageSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        Series = series;
        MaxBandwidth = series.Points.Count == 0 ? 0m : series.Points.Max(p => p.BandwidthGb);
        var slot = series.Points.Count == 0 ? 0d : (PlotRight - PlotLeft) / (double)series.Points.Count;
        var scale = MaxBandwidth == 0m ? 0d : (PlotBottom - PlotTop) / (double)MaxBandwidth;
        Bars = series.Points
            .Select((point, index) =>
            {
                var height = (double)point.BandwidthGb * scale;
                return new Bar(
                    Format(PlotLeft + (index * slot) + (slot * 0.1)),
                    Format(PlotBottom - height),
                    Format(Math.Max(slot * 0.8, 1)),
                    Format(height),
                    $"{Formatting.Display.Date(point.Day)}: {Formatting.Display.Gigabytes(point.BandwidthGb)}");
            })
            .ToArray();

        // The date axis: the first and last days under their bars, and the middle one on a longer period.
        var labelled = series.Points.Count switch
        {
            0 => [],
            1 => [0],
            < 14 => new[] { 0, series.Points.Count - 1 },
            _ => [0, (series.Points.Count - 1) / 2, series.Points.Count - 1],
        };
        DateLabels = labelled
            .Select(index => new DateLabel(
                Format(index == 0 ? PlotLeft : index == series.Points.Count - 1 ? PlotRight : PlotLeft + ((index + 0.5) * slot)),
                index == 0 ? "start" : index == series.Points.Count - 1 ? "end" : "middle",
                series.Points[index].Day.ToString("d MMM", CultureInfo.CurrentCulture)))
            .ToArray();
    }

    /// <summary>The dates written under the axis.</summary>
    public IReadOnlyList<DateLabel> DateLabels { get; }

    public string DateLabelY => Format(Height - 8);

    public UsageSeries Series { get; }

    public decimal MaxBandwidth { get; }

    public IReadOnlyList<Bar> Bars { get; }

    public string ViewBox => $"0 0 {Width} {Height}";

    public string AxisY => Format(PlotBottom);

    public string AxisX1 => Format(PlotLeft);

    public string AxisX2 => Format(PlotRight);

    public string TopY => Format(PlotTop);

    public string MaxLabelY => Format(PlotTop - 10);

    public string LabelX => Format(PlotLeft - 6);

    public string MaxLabel => Formatting.Display.Gigabytes(MaxBandwidth);

    public string PeriodLabel => Series.Period switch
    {
        UsagePeriod.Last7Days => "last 7 days",
        UsagePeriod.Last30Days => "last 30 days",
        _ => "last 90 days",
    };

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A date under the axis: where it is anchored and what it says.</summary>
    public sealed record DateLabel(string X, string Anchor, string Text);

    /// <summary>One day's bar: position and size in SVG user units, and its accessible label.</summary>
    public sealed record Bar(string X, string Y, string Width, string Height, string Label);
}
