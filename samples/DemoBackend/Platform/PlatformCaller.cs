using Microsoft.AspNetCore.Http;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>Who a Platform call is for: the body's <c>user_id</c>, and the <c>customer_id</c> they are looking at.</summary>
internal sealed record PlatformCaller(DemoUser User, DemoTenant Customer, DemoMembership Membership)
{
    /// <summary>Null (answered 403) unless the user exists, may use the portal and belongs to the customer.</summary>
    public static PlatformCaller? Resolve(DemoWorld world, PlatformCall call)
    {
        var user = world.FindUser(call.UserId);
        var membership = user?.MembershipIn(call.CustomerId);
        var customer = world.FindTenant(call.CustomerId);
        return user is null || membership is null || customer is null ? null : new PlatformCaller(user, customer, membership);
    }

    /// <summary>The endpoint's answer for a resolved caller, or 403 when the call is not for one of the user's customers.</summary>
    public static IResult Answer(DemoWorld world, HttpContext context, Func<PlatformCall, PlatformCaller, IResult> answer)
    {
        var call = PlatformCall.Of(context);
        return Resolve(world, call) is { } caller ? answer(call, caller) : PlatformResults.Forbidden();
    }
}
