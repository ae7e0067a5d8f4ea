namespace Portal.Web.Pages;

/// <summary>
/// A yes/no value of a form, for <c>_YesNoField.cshtml</c>: a <see cref="TickBox"/> when the form showed it stated (by its
/// <c>shown.*</c> input, on a refused form too), else a <see cref="FlagChoice"/>, as an unticked box would claim "no"; a
/// value that must be answered is always a choice (<c>FormPageModel.YesNo</c>). Exactly one of the two is set.
/// </summary>
public sealed record YesNoField(TickBox? Box, FlagChoice? Choice);
