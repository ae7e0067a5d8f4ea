namespace Portal.Web.Pages;

/// <summary>
/// A yes/no value of a form, for <c>_YesNoField.cshtml</c>: a <see cref="TickBox"/> when the backend stated it, else a
/// <see cref="FlagChoice"/>, as an unticked box would claim "no". Exactly one of the two is set.
/// </summary>
public sealed record YesNoField(TickBox? Box, FlagChoice? Choice);
