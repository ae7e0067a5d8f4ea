using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Tickets.Dtos;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

/// <summary>
/// An answer with its rows in every collection shape, for <see cref="PlatformJsonContextTests"/> to show which its rule
/// catches: only the list with its converter passes, and a list of texts is no list of objects.
/// </summary>
internal sealed class CollectionShapes
{
    [JsonConverter(typeof(ObjectRowsConverter<TicketAttachmentDto>))]
    public List<TicketAttachmentDto?>? ListRows { get; set; }

    public IReadOnlyList<TicketAttachmentDto>? ReadOnlyRows { get; set; }

    public TicketAttachmentDto[]? ArrayRows { get; set; }

    public List<TicketAttachmentDto>? BareRows { get; set; }

    public List<string>? Names { get; set; }
}
