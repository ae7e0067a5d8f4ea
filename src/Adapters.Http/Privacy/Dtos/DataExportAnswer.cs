using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Privacy.Dtos;

/// <summary>A request's <c>{success, export_id, status}</c>, or the status list's <c>{success, exports}</c>.</summary>
internal sealed class DataExportAnswer : PlatformAnswer
{
    public string? ExportId { get; set; }

    public string? Status { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<DataExportDto>))]
    public List<DataExportDto?>? Exports { get; set; }
}
