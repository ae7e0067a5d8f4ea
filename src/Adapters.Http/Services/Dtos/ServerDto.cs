namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>The server nested in a service's detail.</summary>
internal sealed class ServerDto
{
    public string? Name { get; set; }

    public string? Hostname { get; set; }
}
