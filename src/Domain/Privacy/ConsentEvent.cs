namespace Portal.Domain.Privacy;

/// <summary>One entry of the user's consent history (a consent given or withdrawn, a policy accepted), newest first.</summary>
public sealed record ConsentEvent(DateTimeOffset? At, string Action, string? Status);
