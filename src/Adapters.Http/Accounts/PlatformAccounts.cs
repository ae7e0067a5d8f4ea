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
/// itself (<see cref="PlatformAccessTokens"/>); the tenants are the user's Platform customers (<c>users/customers/</c>, a
/// menu that lists deactivated memberships too: the Platform decides on each call). Every tenant call first checks that
/// the token is good and belongs to the user it is asked about, because the Platform trusts the <c>user_id</c> Portal signs.
/// </summary>
internal sealed class PlatformAccounts(
    IPlatformAccountsApi api,
    PlatformResiliencePipelines pipelines,
    PlatformAccessTokens tokens,
    TimeProvider time)
    : PlatformApiClient(PlatformArea.Accounts, pipelines, time), IIdentityProvider, ITenantDirectory
{
    /// <summary>What the access probe asks <c>customers/details/</c> to include: the caller's membership and role.</summary>
    public const string MembershipInclude = "membership";

    /// <summary>
    /// <c>users/login/</c> has no second step (platform-api.md §3: users with MFA enabled are signed in by the password
    /// alone), so a sign-in it accepts is complete.
    /// </summary>
    public Task<SignInAttempt> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(email);
        ArgumentException.ThrowIfNullOrEmpty(password);
        return PostAsync(
            IPlatformAccountsApi.SignInRoute,
            new SignInRequest { Email = email, Password = password },
            AccountsJsonContext.Platform.SignInRequest,
            PlatformCall.SignIn,
            api.SignInAsync,
            answer =>
            {
                var user = AccountsMapper.ToUser(answer.User);
                return SignInAttempt.Completed(new SignedInUser(user, tokens.Issue(user.Id)));
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
            AccountsJsonContext.Platform.CustomersRequest,
            PlatformCall.Read("customer"),
            api.ListCustomersAsync,
            answer => AccountsMapper.ToTenants(answer.Results),
            cancellationToken);
    }

    /// <summary>
    /// The probe of §1.4: <c>customers/details/</c> with <c>include: ["membership"]</c>. A 200 proves that the customer and
    /// the membership are active; a 403 (the Platform's uniform "not yours", reported as not found) means no. Asked only
    /// for a request that makes no Platform call of its own: every other call is checked by the Platform itself.
    /// </summary>
    public async Task<bool> HasAccessAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        RequireOwnToken(scope.Token, scope.UserId);
        try
        {
            return await PostAsync(
                IPlatformAccountsApi.CustomerDetailsRoute,
                Scoped(new CustomerDetailsRequest { Include = [MembershipInclude] }, scope),
                AccountsJsonContext.Platform.CustomerDetailsRequest,
                PlatformCall.Read("customer"),
                api.GetCustomerDetailsAsync,
                _ => true,
                cancellationToken).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
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
