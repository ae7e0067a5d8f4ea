namespace Portal.Domain.Dashboard;

/// <summary>How urgent an alert is; a severity the backend names but Portal does not know is <see cref="Info"/>.</summary>
public enum AlertSeverity
{
    Info = 0,
    Warning,
    Error,
}
