using MediatR;
using Portal.Application.Profile.Ports;
using Portal.Domain.Profile;

namespace Portal.Application.Profile.Commands.UpdateProfile;

internal sealed class UpdateProfileCommandHandler(IAccountProfile profiles) : IRequestHandler<UpdateProfileCommand, ProfileChanges>
{
    public async Task<ProfileChanges> Handle(UpdateProfileCommand request, CancellationToken cancellationToken)
    {
        var changes = new ProfileChanges(
            request.FirstName.Trim(),
            request.LastName.Trim(),
            request.Phone.Trim(),
            request.Language,
            request.TimeZone,
            request.EmailNotifications,
            request.SmsNotifications,
            request.MarketingEmails);
        await profiles.UpdateAsync(request.Account.ToScope(), changes, cancellationToken).ConfigureAwait(false);
        return changes;
    }
}
