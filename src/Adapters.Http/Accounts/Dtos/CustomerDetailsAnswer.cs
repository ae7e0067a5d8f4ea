using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

/// <summary>
/// The probe's answer. Its 200 is the verdict (the customer is active and the membership too); its body is not read
/// beyond the envelope, so a customer shape the Platform changes cannot turn a yes into a failure.
/// </summary>
internal sealed class CustomerDetailsAnswer : PlatformAnswer;
