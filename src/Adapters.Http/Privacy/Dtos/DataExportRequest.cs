using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Privacy.Dtos;

/// <summary><c>gdpr/data-export/</c>'s body: the <c>action</c> chooses between listing and requesting.</summary>
internal sealed class DataExportRequest : PlatformRequestBody
{
    /// <summary>Lists the user's last ten exports.</summary>
    public const string StatusAction = "status";

    /// <summary>Creates an export (the Platform's default for any other action too).</summary>
    public const string RequestAction = "request";

    public required string Action { get; init; }
}
