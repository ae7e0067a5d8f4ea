using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Broadcasts;
using Portal.Adapters.Nats.Contracts.Claims;
using Portal.Adapters.Nats.Contracts.Dashboard;
using Portal.Adapters.Nats.Contracts.Encounters;
using Portal.Adapters.Nats.Contracts.Identity;
using Portal.Adapters.Nats.Contracts.Insurance;
using Portal.Adapters.Nats.Contracts.Patients;
using Portal.Adapters.Nats.Contracts.Tenants;

namespace Portal.Adapters.Nats.Contracts;

/// <summary>
/// Compile-time JSON metadata of every wire type. Names come from each property's <c>[JsonPropertyName]</c>, never from
/// a naming policy, because the contract mixes camelCase and snake_case field by field. Numbers may arrive as strings;
/// unknown fields are ignored; absent optional fields are not written.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(LoginRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(VerifyTokenRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SignOutRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(TenantListRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(TenantAccessRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(DashboardRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(PatientListRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(PatientRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(CreatePatientRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ClaimRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(EncounterRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
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
