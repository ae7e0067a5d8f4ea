namespace Portal.Demo.Backend.Data;

/// <summary>
/// A file attached to a ticket comment. <see cref="IsSafe"/> false is a file the Platform's scan flagged: listed, never
/// handed out.
/// </summary>
internal sealed record DemoTicketAttachment(int Id, string Filename, string ContentType, byte[] Content, DateTimeOffset UploadedAt, bool IsSafe = true);
