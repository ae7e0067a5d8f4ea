using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

/// <summary>The body of <c>POST /users/verify-customer-access/</c>: may the user do <see cref="Action"/> for the customer?</summary>
internal sealed class VerifyAccessRequest : PlatformRequestBody
{
    public string Action { get; set; } = string.Empty;
}
