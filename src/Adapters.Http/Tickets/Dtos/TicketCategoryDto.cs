namespace Portal.Adapters.Http.Tickets.Dtos;

/// <summary>A support category: <c>name</c> is Romanian, <c>name_en</c> English.</summary>
internal sealed class TicketCategoryDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }
}
