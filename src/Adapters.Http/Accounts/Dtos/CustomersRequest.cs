using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

/// <summary>The body of <c>POST /users/customers/</c>: only who is asking.</summary>
internal sealed class CustomersRequest : PlatformRequestBody;
