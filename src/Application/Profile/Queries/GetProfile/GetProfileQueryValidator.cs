using Portal.Application.Common.Validation;

namespace Portal.Application.Profile.Queries.GetProfile;

internal sealed class GetProfileQueryValidator : AccountScopedValidator<GetProfileQuery>;
