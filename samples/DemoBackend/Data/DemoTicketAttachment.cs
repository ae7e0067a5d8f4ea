namespace Portal.Demo.Backend.Data;

/// <summary>A file attached to a ticket comment.</summary>
internal sealed record DemoTicketAttachment(int Id, string Filename, string ContentType, byte[] Content, DateTimeOffset UploadedAt);
