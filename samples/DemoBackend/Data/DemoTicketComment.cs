namespace Portal.Demo.Backend.Data;

internal sealed record DemoTicketComment(int Id, string AuthorName, string Content, bool IsStaff, DateTimeOffset CreatedAt);
