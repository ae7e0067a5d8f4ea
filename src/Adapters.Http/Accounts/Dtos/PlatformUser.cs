using System.Text.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

internal sealed class PlatformUser
{
    public string? Id { get; set; }

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>
    /// The customer the user belongs to first, kept raw: it is only a hint (the full list comes from
    /// <c>/users/customers/</c>), so a value Portal cannot read is no hint rather than a failed sign-in.
    /// </summary>
    public JsonElement? CustomerId { get; set; }
}
