using System.Globalization;
using MediatR;
using Portal.Application.Common.Access;

namespace Portal.Web.Pages.Company;

/// <summary>
/// What the company and address pages share: the caller's Platform role (to offer only the forms <see cref="RoleRules"/>
/// permits), and sending a form's command with its refusals shown on the page (<see cref="FormPageModel.SubmitAsync"/>).
/// </summary>
public abstract class CompanyPageModel(PortalPageServices services) : TenantPageModel(services)
{
    /// <summary>The caller's role in this tenant's customer as the Platform last reported it; null when unknown.</summary>
    public string? Role => CurrentSignIn?.PlatformRoleIn(TenantId);

    /// <summary>Whether the caller's role may send <typeparamref name="TCommand"/>: only then is its form shown.</summary>
    public bool May<TCommand>()
        where TCommand : IRoleGatedCommand => RoleRules.Permits<TCommand>(Role);

    /// <summary>"Your role (viewer) can see this; the owner role can change it." for a read-only page.</summary>
    public string ReadOnlyNote<TCommand>()
        where TCommand : IRoleGatedCommand =>
        $"{(Role is null ? "Your role could not be confirmed, so you" : $"Your role ({Role})")} can see this; the {RoleRules.For<TCommand>().AllowedRoles} role can change it.";

    /// <summary>
    /// The route's address id as the number it names: <c>/012/edit</c> and <c>/12/edit</c> are one address, so one form
    /// purpose, though the form always posts to the second. The route's constraint (<c>long:min(1)</c>) has checked it, with
    /// the same number styles (a sign, and white space around it).
    /// </summary>
    protected long RouteAddressId =>
        long.Parse(Convert.ToString(RouteData.Values["addressId"], CultureInfo.InvariantCulture)!, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>
    /// Sends <paramref name="command"/>; false when Portal's validator, the role rule or the backend refused it, whose
    /// messages are then on the page (beside the fields, or above the form) and the answer is 400 or 403.
    /// </summary>
    protected Task<bool> SentAsync(IRequest<Unit> command) => SubmittedAsync(() => Task.FromResult(command));

    /// <summary>
    /// <see cref="SentAsync(IRequest{Unit})"/> for a command made from what the backend holds now (a form that saves only
    /// the fields its reader changed): a failure to read that is shown like the command's own, and a role that may not
    /// send it is refused before that read, as the pipeline refuses a command before any call.
    /// </summary>
    protected async Task<bool> SentAsync<TCommand>(Func<Task<TCommand>> command)
        where TCommand : class, IRequest<Unit>, IRoleGatedCommand
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!May<TCommand>())
        {
            Reject(RoleRules.For<TCommand>().RefusalFor(Role), StatusCodes.Status403Forbidden);
            return false;
        }

        return await SubmittedAsync(async () => await command());
    }

    private async Task<bool> SubmittedAsync(Func<Task<IRequest<Unit>>> command) =>
        await SubmitAsync(async () =>
        {
            var made = await command();
            await Mediator.Send(made, Aborted);
            return made;
        }) is not null;
}
