namespace Portal.Demo.Backend.Data;

/// <summary>A support category as the Platform lists it: a Romanian name, an English one, an icon and a colour.</summary>
internal sealed record DemoTicketCategory(int Id, string Name, string NameEn, string Description, string Icon, string Color);
