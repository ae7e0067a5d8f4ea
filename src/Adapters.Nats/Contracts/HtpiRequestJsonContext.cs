using System.Text.Json.Serialization;
using Portal.Adapters.Nats.Contracts.Claims;
using Portal.Adapters.Nats.Contracts.Dashboard;
using Portal.Adapters.Nats.Contracts.Encounters;
using Portal.Adapters.Nats.Contracts.Identity;
using Portal.Adapters.Nats.Contracts.Patients;
using Portal.Adapters.Nats.Contracts.Tenants;

namespace Portal.Adapters.Nats.Contracts;

/// <summary>
/// Compile-time JSON writers of the requests Portal sends, apart from <see cref="HtpiJsonContext"/>: requests are only
/// written, and without that context's reading converter they keep the serialization-only fast path.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
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
internal sealed partial class HtpiRequestJsonContext : JsonSerializerContext;
