using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Broadcasts;
using Portal.Adapters.Nats.Contracts.Claims;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Contracts.Dashboard;
using Portal.Adapters.Nats.Contracts.Encounters;
using Portal.Adapters.Nats.Contracts.Identity;
using Portal.Adapters.Nats.Contracts.Insurance;
using Portal.Adapters.Nats.Contracts.Patients;
using Portal.Adapters.Nats.Contracts.Tenants;

namespace Portal.Adapters.Nats.Contracts;

/// <summary>
/// Compile-time JSON metadata of every answer and broadcast (the requests are <see cref="HtpiRequestJsonContext"/>'s). Names come from each property's <c>[JsonPropertyName]</c>, never from
/// a naming policy, because the contract mixes camelCase and snake_case field by field. Numbers may arrive as strings;
/// text may arrive as a number, a boolean or (unreadable, so absent) anything else (<see cref="TolerantTextConverter"/>,
/// for every <c>string</c> without a converter of its own); unknown fields are ignored; absent optional fields are not
/// written. A field whose absence means something (a <c>tenantId</c> or a user or patient id that, absent, is the asked
/// one) keeps <see cref="StringOrNumberConverter"/>: a value there that cannot be read fails the answer instead.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(TolerantTextConverter)])]
[JsonSerializable(typeof(LoginAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(VerifyTokenAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(SignOutAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(TenantListAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(TenantAccessAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DashboardStatsAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(StatsDto), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ActivityAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ActivityDto), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(AlertsAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PatientListAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PatientAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PatientDto), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(InsuranceListAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ClaimListAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ClaimAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(EncounterListAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(EncounterAnswer), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DashboardBroadcast), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(EncounterBroadcast), GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PatientBroadcast), GenerationMode = JsonSourceGenerationMode.Metadata)]
internal sealed partial class HtpiJsonContext : JsonSerializerContext;
