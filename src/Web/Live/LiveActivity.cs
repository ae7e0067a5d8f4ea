namespace Portal.Web.Live;

/// <summary>An activity as live.js shows it; the backend's id (empty when it gives none) tells a repeated broadcast of it.</summary>
public sealed record LiveActivity(string Id, string Description, string User, LiveTime When);
