using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.Contracts.Patients;

/// <summary>
/// <c>htpi.patient.list</c>: <c>tenantId</c>, <c>userId</c>, <c>requestType:"list"</c>, plus this project's optional
/// <c>search</c> (omitted when none), <c>page</c> (1-based) and <c>limit</c>; a service may ignore the last three.
/// </summary>
internal sealed class PatientListRequest(RequestStamp stamp, TenantScope scope, string? search, int page, int limit)
    : TenantRequest(stamp, scope)
{
    [JsonPropertyName("requestType")]
    public string RequestType => "list";

    [JsonPropertyName("search")]
    public string? Search => search;

    [JsonPropertyName("page")]
    public int Page => page;

    [JsonPropertyName("limit")]
    public int Limit => limit;
}
