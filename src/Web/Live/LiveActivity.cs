namespace Portal.Web.Live;

public sealed record LiveActivity(string Description, string User, LiveTime When);
