using System.Globalization;
using Portal.Adapters.Http.Accounts.Dtos;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Http.Accounts;

/// <summary>
/// The Platform as identity backend: sign-in checks the credentials with the Platform and answers a token Portal issues
/// itself (<see cref="PlatformAccessTokens"/>); the tenants are the Platform's customers the user may act for. Every
/// tenant call first checks that the token is good and belongs to the user it is asked about, because the Platform
/// trusts the <c>user_id</c> Portal signs.
/// </summary>
internal sealed class PlatformAccounts(
    IPlatformAccountsApi api,
    PlatformResiliencePipelines pipelines,
    PlatformAccessTokens tokens,
    TimeProvider time)
    : PlatformApiClient(PlatformArea.Accounts, pipelines, time), IIdentityProvider, ITenantDirectory
{
    /// <summary>The action whose permission stands for "may see this customer at all".</summary>
    public const string ViewAction = "view";

    public Task<SignedInUser> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(email);
        ArgumentException.ThrowIfNullOrEmpty(password);
        return PostAsync(
            IPlatformAccountsApi.SignInRoute,
            new SignInRequest { Email = email, Password = password },
            AccountsJsonContext.Default.SignInRequest,
            PlatformCall.SignIn,
            api.SignInAsync,
            answer =>
            {
                var user = AccountsMapper.ToUser(answer.User);
                return new SignedInUser(user, tokens.Issue(user.Id, user.Email));
            },
            cancellationToken);
    }

    public Task<VerifiedToken> VerifyAsync(AccessToken token, CancellationToken cancellationToken) =>
        Task.FromResult(tokens.Verify(token));

    /// <summary>
    /// Nothing to ask: the Platform's contract has no logout, and the token is Portal's own, stateless until it expires.
    /// What ends such a sign-in is the sign-in cookie's idle and absolute lifetimes.
    /// </summary>
    public Task SignOutAsync(AccessToken token, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<Tenant>> ListForUserAsync(AccessToken token, UserId userId, CancellationToken cancellationToken)
    {
        RequireOwnToken(token, userId);
        return PostAsync(
            IPlatformAccountsApi.CustomersRoute,
            new CustomersRequest { UserId = PlatformUserId(userId) },
            AccountsJsonContext.Default.CustomersRequest,
            PlatformCall.Read("customer"),
            api.ListCustomersAsync,
            answer => AccountsMapper.ToTenants(answer.Results),
            cancellationToken);
    }

    public async Task<bool> HasAccessAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        RequireOwnToken(scope.Token, scope.UserId);
        try
        {
            return await PostAsync(
                IPlatformAccountsApi.VerifyAccessRoute,
                Scoped(new VerifyAccessRequest { Action = ViewAction }, scope),
                AccountsJsonContext.Default.VerifyAccessRequest,
                PlatformCall.Read("customer"),
                api.VerifyAccessAsync,
                answer => answer.Data?.HasAccess ?? throw new FormatException("'data.has_access' is missing."),
                cancellationToken).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            // 403 and 404 are the Platform's uniform "not yours": no access, told apart from nothing else.
            return false;
        }
    }

    /// <summary>With the Platform as identity backend the user's id is the Platform's own integer id.</summary>
    private static long PlatformUserId(UserId userId) =>
        long.TryParse(userId.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new NotAuthenticatedException("The sign-in has expired or is not valid; please sign in again.");

    private void RequireOwnToken(AccessToken token, UserId userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        if (tokens.Verify(token).UserId != userId)
        {
            throw new NotAuthenticatedException("The sign-in has expired or is not valid; please sign in again.");
        }
    }
}
