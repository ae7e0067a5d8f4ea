namespace Portal.Web.Telemetry;

/// <summary><c>LOG_FORMAT</c>: <c>text</c> (the default) or <c>json</c>; anything else stops the start, naming the setting.</summary>
public sealed class LogFormatOptions
{
    public const string Json = "json";
    public const string Text = "text";

    /// <summary>The setting as given, trimmed; empty when not set.</summary>
    public string Format { get; set; } = string.Empty;

    public bool IsJson => string.Equals(Format, Json, StringComparison.OrdinalIgnoreCase);

    public bool IsValid => Format.Length == 0 || IsJson || string.Equals(Format, Text, StringComparison.OrdinalIgnoreCase);

    public static LogFormatOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new LogFormatOptions { Format = configuration[TelemetryRegistration.LogFormatKey]?.Trim() ?? string.Empty };
    }
}
