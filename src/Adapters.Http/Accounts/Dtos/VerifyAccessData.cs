namespace Portal.Adapters.Http.Accounts.Dtos;

internal sealed class VerifyAccessData
{
    public bool HasAccess { get; set; }

    public string? CustomerName { get; set; }

    public string? Role { get; set; }

    public List<string>? Permissions { get; set; }
}
