namespace Portal.Domain.Tickets;

/// <summary>A support ticket the customer opens: the limits here are the ones the create form promises.</summary>
public sealed record NewTicket
{
    public const int MinTitleLength = 5;
    public const int MaxTitleLength = 200;
    public const int MinDescriptionLength = 10;
    public const int MaxDescriptionLength = 5000;
    public NewTicket(string title, string description, TicketPriority priority, long? categoryId)
    {
        Title = RequireLength(title, MinTitleLength, MaxTitleLength, nameof(title));
        Description = RequireLength(description, MinDescriptionLength, MaxDescriptionLength, nameof(description));
        if (priority == TicketPriority.Unknown || !Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "A new ticket needs a known priority.");
        }

        Priority = priority;
        if (categoryId is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(categoryId), categoryId, "A category id is a positive number.");
        }

        CategoryId = categoryId;
    }

    public string Title { get; }

    public string Description { get; }

    public TicketPriority Priority { get; }

    /// <summary>The Platform's id of the support category; null lets support triage the ticket.</summary>
    public long? CategoryId { get; }

    /// <summary>Counted on the trimmed text so that padding with spaces does not pass for content.</summary>
    public static bool HasLength(string? value, int min, int max) =>
        value is not null && value.Trim().Length >= min && value.Trim().Length <= max;

    private static string RequireLength(string value, int min, int max, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!HasLength(value, min, max))
        {
            throw new ArgumentException($"Must be between {min} and {max} characters.", parameterName);
        }

        return value.Trim();
    }
}
