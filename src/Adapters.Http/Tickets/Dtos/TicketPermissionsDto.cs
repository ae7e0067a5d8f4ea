namespace Portal.Adapters.Http.Tickets.Dtos;

/// <summary>What the customer may do with a ticket; only <c>can_reply</c> is ever true for an open one.</summary>
internal sealed class TicketPermissionsDto
{
    public bool? CanReply { get; set; }
}
