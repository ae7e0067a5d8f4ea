using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Accounts.Dtos;

/// <summary>The body of <c>POST /customers/details/</c> as the membership probe: who is asking, and <c>include: ["membership"]</c>.</summary>
internal sealed class CustomerDetailsRequest : PlatformRequestBody
{
    public List<string> Include { get; set; } = [];
}
