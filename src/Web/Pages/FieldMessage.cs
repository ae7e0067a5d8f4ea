namespace Portal.Web.Pages;

/// <summary>One message of a refused form's error summary and the id of the field it is shown beside, which it links to.</summary>
public sealed record FieldMessage(string Field, string Message);
