using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// GDPR (platform-api.md §9): the consent history and data-export requests of the user in the body. Service-scoped: a
/// fresh numeric timestamp (else 400 "Invalid request format"), a <c>user_id</c> (else 400 "user_id is required"), an
/// active user (else 403); no customer or membership check. <c>action: "status"</c> lists the last ten exports, any other
/// action requests a new one (pending, expiring in 7 days). There is no download endpoint.
/// </summary>
internal static class PlatformPrivacyEndpoints
{
    private const int ListedExports = 10;

    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        PlatformRoutes.Post(api, "gdpr/consent-history/", (HttpContext context) => ForUser(world, context, clock, (_, user) =>
        {
            var privacy = PrivacyOf(world, user);
            return PlatformResults.Ok(new
            {
                success = true,
                consent_history = privacy.Consents.Select(consent => new
                {
                    timestamp = PlatformDates.Utc(consent.At),
                    action = consent.Action,
                    description = consent.Action,
                    status = consent.Status,
                    evidence = new { source = "customer_portal" },
                }).ToList(),
                cookie_consent_history = privacy.CookieConsents.Select(consent => new
                {
                    id = consent.Id.ToString(),
                    status = consent.Status,
                    essential = consent.Essential,
                    functional = consent.Functional,
                    analytics = consent.Analytics,
                    marketing = consent.Marketing,
                    consent_version = consent.Version,
                    created_at = PlatformDates.Utc(consent.CreatedAt),
                    updated_at = PlatformDates.Utc(consent.UpdatedAt),
                }).ToList(),
            });
        }));

        PlatformRoutes.Post(api, "gdpr/data-export/", (HttpContext context) => ForUser(world, context, clock, (call, user) =>
        {
            lock (world.Sync)
            {
                var privacy = PrivacyOf(world, user);
                if (call.String("action") == "status")
                {
                    return PlatformResults.Ok(new { success = true, exports = privacy.Exports.Take(ListedExports).Select(Export).ToList() });
                }

                var export = new DemoDataExport(Guid.NewGuid(), "pending", clock.GetUtcNow(), null, null, null);
                privacy.Exports.Insert(0, export);
                return PlatformResults.Ok(new { success = true, export_id = export.Id.ToString(), status = export.Status });
            }
        }));
    }

    private static IResult ForUser(DemoWorld world, HttpContext context, TimeProvider clock, Func<PlatformCall, DemoUser, IResult> answer)
    {
        var call = PlatformCall.Of(context);
        if (!PlatformCaller.HasFreshTimestamp(call, clock))
        {
            return PlatformResults.Error(StatusCodes.Status400BadRequest, PlatformResults.InvalidRequestFormat);
        }

        if (!call.Has("user_id"))
        {
            return PlatformResults.Error(StatusCodes.Status400BadRequest, "user_id is required");
        }

        return call.Id("user_id") is { } userId && world.FindPlatformUser(userId) is { MayUseCustomerPortal: true } user
            ? answer(call, user)
            : PlatformResults.Error(StatusCodes.Status403Forbidden, PlatformResults.AccessDenied);
    }

    /// <summary>The user's records, made empty on first use for a user the seed gave none.</summary>
    private static DemoPrivacy PrivacyOf(DemoWorld world, DemoUser user)
    {
        lock (world.Sync)
        {
            if (!world.Privacy.TryGetValue(user.PlatformUserId, out var privacy))
            {
                privacy = new DemoPrivacy([], [], []);
                world.Privacy[user.PlatformUserId] = privacy;
            }

            return privacy;
        }
    }

    private static object Export(DemoDataExport export) => new
    {
        id = export.Id.ToString(),
        status = export.Status,
        requested_at = PlatformDates.Utc(export.RequestedAt),
        completed_at = export.CompletedAt is { } completed ? PlatformDates.Utc(completed) : null,
        expires_at = PlatformDates.Utc(export.ExpiresAt),
        file_size = export.FileSize,
        record_count = export.RecordCount,
    };
}
