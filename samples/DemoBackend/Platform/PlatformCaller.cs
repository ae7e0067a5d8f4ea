using Microsoft.AspNetCore.Http;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// Who a customer-scoped (C) call is for, decided by the membership rule of platform-api.md §1.3 in its order: a numeric
/// body timestamp in the window and a <c>user_id</c> (else 400), a <c>customer_id</c> (else 400), an active customer
/// (else 403), an active user (else 401), an active membership of any role (else 403).
/// </summary>
internal sealed record PlatformCaller(DemoUser User, DemoTenant Customer, DemoMembership Membership)
{
    public long CustomerId => Customer.PlatformCustomerId!.Value;

    /// <summary>The endpoint's answer for a member of the customer, or the §1.3 refusal.</summary>
    public static IResult Answer(DemoWorld world, HttpContext context, TimeProvider clock, Func<PlatformCall, PlatformCaller, IResult> answer)
    {
        var call = PlatformCall.Of(context);
        if (!HasFreshTimestamp(call, clock) || !call.Has("user_id") || !call.Has("customer_id"))
        {
            return PlatformResults.IdentityRefused(StatusCodes.Status400BadRequest, PlatformResults.InvalidRequestFormat);
        }

        if (call.Id("customer_id") is not { } customerId || world.FindCustomer(customerId) is not { } customer)
        {
            return PlatformResults.IdentityRefused(StatusCodes.Status403Forbidden, PlatformResults.AccessDenied);
        }

        if (call.Id("user_id") is not { } userId || world.FindPlatformUser(userId) is not { MayUseCustomerPortal: true } user)
        {
            return PlatformResults.IdentityRefused(StatusCodes.Status401Unauthorized, PlatformResults.AuthenticationRequired);
        }

        return user.MembershipIn(customer.Id) is { } membership
            ? answer(call, new PlatformCaller(user, customer, membership))
            : PlatformResults.IdentityRefused(StatusCodes.Status403Forbidden, PlatformResults.AccessDenied);
    }

    /// <summary>A user-scoped (U) call: a fresh timestamp and <c>user_id</c> (else 400), an active user (else 403).</summary>
    public static IResult AnswerForUser(DemoWorld world, HttpContext context, TimeProvider clock, Func<PlatformCall, DemoUser, IResult> answer)
    {
        var call = PlatformCall.Of(context);
        if (!HasFreshTimestamp(call, clock) || !call.Has("user_id"))
        {
            return PlatformResults.IdentityRefused(StatusCodes.Status400BadRequest, PlatformResults.InvalidRequestFormat);
        }

        return call.Id("user_id") is { } userId && world.FindPlatformUser(userId) is { MayUseCustomerPortal: true } user
            ? answer(call, user)
            : PlatformResults.IdentityRefused(StatusCodes.Status403Forbidden, PlatformResults.AccessDenied);
    }

    /// <summary>The body <c>timestamp</c> is a JSON number within −2 s … +300 s of now, like <c>X-Timestamp</c>.</summary>
    public static bool HasFreshTimestamp(PlatformCall call, TimeProvider clock)
    {
        if (call.Timestamp() is not { } sentAt)
        {
            return false;
        }

        var age = clock.GetUtcNow() - sentAt;
        return age <= Security.PlatformRequestVerifier.MaxAge && age >= -Security.PlatformRequestVerifier.MaxAhead;
    }
}
