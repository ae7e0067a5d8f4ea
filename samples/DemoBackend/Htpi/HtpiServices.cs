using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Adapters.Nats.Messaging;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Security;

namespace Portal.Demo.Backend.Htpi;

/// <summary>
/// The HTPI services the demo plays. The public ones (auth, tenant, dashboard, encounters) behave as deployed: they answer
/// by one route per subject, echo no requestId, and authorise nothing (tenant and dashboard calls trust the ids they are
/// sent; <c>htpi.encounters.get</c> takes only an id). This project's own services (patients, insurance, claims) need a
/// valid token and a tenant the token's user may see.
/// </summary>
internal sealed class HtpiServices(DemoWorld world, DemoTokenService tokens, IMessageBus bus, TimeProvider clock)
{
    public const string InvalidToken = "invalid token";
    public const string AccessDenied = "access denied";
    public const string NotAllowed = "not allowed in the customer portal";
    public const string InvalidCredentials = "invalid email or password";
    public const string TenantNotFound = "Tenant not found";
    public const string EncounterNotFound = "Encounter not found";
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>
    /// Every request subject. Public services: login, tenant.list.for.user, tenant.get, dashboard.* and encounters.* publish
    /// to <c>&lt;portal&gt;.&lt;area&gt;.response.&lt;clientId&gt;</c> (the encounters service assumes portal "admin" when
    /// none is named, except for list.for.patient); verify, refresh, verify.access and logout answer only on the reply
    /// subject. This project's services keep both styles, alternating down the list.
    /// </summary>
    public IReadOnlyList<HtpiEndpoint> Endpoints() =>
    [
        new("htpi.auth.login", "auth", AnswerRoute.ClientSubject, Sync(Login)),
        new("htpi.auth.verify", "auth", AnswerRoute.ReplySubject, Sync(Verify)),
        new("htpi.auth.refresh", "auth", AnswerRoute.ReplySubject, Sync(Refresh)),
        new("htpi.auth.logout", "auth", AnswerRoute.ReplySubject, Sync(Logout)),
        new("htpi.tenant.list.for.user", "tenants", AnswerRoute.ClientSubject, Sync(ListTenants)),
        new("htpi.tenant.get", "tenant", AnswerRoute.ClientSubject, Sync(GetTenant)),
        new("htpi.tenant.verify.access", "tenants", AnswerRoute.ReplySubject, Sync(VerifyAccess)),
        new("htpi.dashboard.get.stats", "dashboard", AnswerRoute.ClientSubject, Sync(Stats)),
        new("htpi.dashboard.get.activity", "dashboard", AnswerRoute.ClientSubject, Sync(ActivityFeed)),
        new("htpi.dashboard.get.alerts", "dashboard", AnswerRoute.ClientSubject, Sync(AlertList)),
        new("htpi.encounters.list.for.patient", "encounters", AnswerRoute.ClientSubject, Sync(ListEncounters)),
        new("htpi.encounters.get", "encounters", AnswerRoute.ClientSubject, Sync(GetEncounter), DefaultPortal: "admin"),
        new("htpi.patient.list", "patients", AnswerRoute.SeedStyle, Sync(ListPatients), IsPublicService: false),
        new("htpi.patient.get", "patients", AnswerRoute.RequestReply, Sync(GetPatient), IsPublicService: false),
        new("htpi.patient.create", "patients", AnswerRoute.SeedStyle, CreatePatientAsync, IsPublicService: false),
        new("htpi.insurance.list.for.patient", "insurance", AnswerRoute.RequestReply, Sync(ListPolicies), IsPublicService: false),
        new("htpi.claims.list.for.patient", "claims", AnswerRoute.SeedStyle, Sync(ListClaims), IsPublicService: false),
        new("htpi.claims.get", "claims", AnswerRoute.RequestReply, Sync(GetClaim), IsPublicService: false),
    ];

    private static Func<HtpiRequest, CancellationToken, ValueTask<object>> Sync(Func<HtpiRequest, object> handle) =>
        (request, _) => ValueTask.FromResult(handle(request));

    private object Login(HtpiRequest request)
    {
        var user = world.FindUserByEmail(request.Field("email"));
        var password = request.RawField("password") ?? string.Empty;
        if (user is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(user.Password)))
        {
            return HtpiAnswers.Failure(InvalidCredentials);
        }

        if (!user.MayUseCustomerPortal)
        {
            return HtpiAnswers.Failure(NotAllowed);
        }

        return new
        {
            success = true,
            user = new
            {
                id = user.Id,
                email = user.Email,
                name = user.Name,
                role = user.Role,
                tenants = user.ActiveMemberships.Select(membership => membership.TenantId).ToList(),
                platform_user_id = user.PlatformUserId,
            },
            token = tokens.Issue(user),
        };
    }

    private object Verify(HtpiRequest request)
    {
        if (tokens.Validate(request.Token) is not { } claims || Caller(request) is not { } user)
        {
            return new { valid = false, error = InvalidToken };
        }

        return new
        {
            valid = true,
            user_id = claims.UserId,
            email = claims.Email,
            role = claims.Role,
            portal = claims.Portal,
            platform_user_id = user.PlatformUserId,
        };
    }

    private object Refresh(HtpiRequest request) =>
        Caller(request) is { } user
            ? new { success = true, token = tokens.Issue(user) }
            : HtpiAnswers.Failure(InvalidToken);

    /// <summary>Ends the token: every later call with it is refused as an invalid token.</summary>
    private object Logout(HtpiRequest request) =>
        tokens.End(request.Token) ? new { success = true } : HtpiAnswers.Failure(InvalidToken);

    /// <summary>The tenants of the user named by <c>userId</c>, trusted as sent (the service authorises nothing).</summary>
    private object ListTenants(HtpiRequest request)
    {
        var user = world.FindUser(request.Field("userId"));
        var tenants = (user?.ActiveMemberships ?? [])
            .Select(membership => HtpiAnswers.Tenant(world.FindTenant(membership.TenantId)!))
            .ToList();
        return new { success = true, tenants };
    }

    private object GetTenant(HtpiRequest request) =>
        world.FindTenant(request.TenantId) is { } tenant
            ? new { success = true, tenant = HtpiAnswers.Tenant(tenant) }
            : HtpiAnswers.Failure(TenantNotFound);

    /// <summary><c>{hasAccess, userId, tenantId}</c> for the <c>userId</c> it is sent, trusted as sent.</summary>
    private object VerifyAccess(HtpiRequest request)
    {
        var userId = request.Field("userId");
        var tenantId = request.TenantId;
        var hasAccess = world.FindUser(userId)?.MaySee(tenantId) == true && world.FindTenant(tenantId) is not null;
        return new { hasAccess, userId, tenantId };
    }

    private object Stats(HtpiRequest request) => ForTenant(request, tenant =>
    {
        var today = world.Today;
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var patients = world.Patients.Where(p => p.TenantId == tenant.Id).ToList();
        var ids = patients.Select(p => p.Id).ToHashSet();
        var claims = world.Claims.Where(c => c.TenantId == tenant.Id).ToList();
        var policies = world.Policies.Where(p => ids.Contains(p.PatientId)).ToList();
        var visits = world.Encounters.Where(e => e.TenantId == tenant.Id).Select(e => DateOnly.FromDateTime(e.Date.UtcDateTime)).ToList();
        var stats = new
        {
            patients = new
            {
                total = patients.Count,
                new_this_month = patients.Count(p => p.RegisteredOn >= monthStart),
                active = patients.Count(p => p.Active),
            },
            claims = new
            {
                total = claims.Count,
                pending = claims.Count(c => c.Status is "pending" or "submitted" or "draft"),
                approved = claims.Count(c => c.Status is "approved" or "paid"),
                denied = claims.Count(c => c.Status == "denied"),
                total_amount = HtpiAnswers.DollarsText(claims.Sum(c => c.TotalChargeCents)),
            },
            encounters = new
            {
                today = visits.Count(v => v == today),
                this_week = visits.Count(v => v <= today && v > today.AddDays(-7)),
                this_month = visits.Count(v => v <= today && v >= monthStart),
            },
            insurance = new
            {
                verified = policies.Count(p => p.VerificationStatus == "verified"),
                pending_verification = policies.Count(p => p.VerificationStatus == "pending"),
                expired = policies.Count(p => p.VerificationStatus == "expired"),
            },
        };
        return new { success = true, stats, tenantId = tenant.Id };
    });

    private object ActivityFeed(HtpiRequest request) => ForTenant(request, tenant => new
    {
        success = true,
        activities = world.Activities[tenant.Id].OrderByDescending(a => a.Timestamp).Take(20).Select(HtpiAnswers.Activity).ToList(),
        tenantId = tenant.Id,
    });

    private object AlertList(HtpiRequest request) => ForTenant(request, tenant => new
    {
        success = true,
        alerts = world.Alerts[tenant.Id].Select(HtpiAnswers.Alert).ToList(),
        tenantId = tenant.Id,
    });

    /// <summary>The encounters of a patient of the tenant named, newest first; any tenant is served.</summary>
    private object ListEncounters(HtpiRequest request) => ForTenant(request, tenant =>
    {
        var patientId = request.Field("patientId");
        var encounters = world.Encounters
            .Where(e => e.TenantId == tenant.Id && e.PatientId == patientId)
            .OrderByDescending(e => e.Date)
            .Select(HtpiAnswers.Encounter)
            .ToList();
        return new { success = true, encounters };
    });

    /// <summary>One encounter by its id alone, whichever tenant it belongs to.</summary>
    private object GetEncounter(HtpiRequest request)
    {
        lock (world.Sync)
        {
            var id = request.Field("encounterId");
            return world.Encounters.FirstOrDefault(e => e.Id == id) is { } encounter
                ? new { success = true, encounter = HtpiAnswers.Encounter(encounter) }
                : HtpiAnswers.Failure(EncounterNotFound);
        }
    }

    private object ListPatients(HtpiRequest request) => InTenant(request, tenant =>
    {
        var search = request.Field("search");
        var page = Math.Max(1, request.IntField("page") ?? 1);
        var limit = Math.Clamp(request.IntField("limit", "pageSize") ?? DefaultPageSize, 1, MaxPageSize);
        var matches = world.Patients
            .Where(p => p.TenantId == tenant.Id && Matches(p, search))
            .OrderBy(p => p.LastName, StringComparer.Ordinal)
            .ThenBy(p => p.FirstName, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var counts = InsuranceCounts();
        return new
        {
            success = true,
            responseType = "list",
            patients = PageRows.Of(matches, page, limit).Select(p => HtpiAnswers.Patient(p, counts.GetValueOrDefault(p.Id))).ToList(),
            total = matches.Count,
            pagination = new { page, limit, total = matches.Count, pages = Math.Max(1, (matches.Count + limit - 1) / limit) },
            tenantId = tenant.Id,
        };
    });

    private object GetPatient(HtpiRequest request) => InTenant(request, tenant =>
        FindPatient(tenant, request.Field("patientId")) is { } patient
            ? new { success = true, patient = HtpiAnswers.Patient(patient, InsuranceCounts().GetValueOrDefault(patient.Id)) }
            : HtpiAnswers.Failure("patient not found"));

    private object ListPolicies(HtpiRequest request) => InTenant(request, tenant =>
    {
        if (FindPatient(tenant, request.Field("patientId")) is not { } patient)
        {
            return HtpiAnswers.Failure("patient not found");
        }

        var policies = world.Policies.Where(p => p.PatientId == patient.Id).OrderBy(p => p.CoverageOrder).Select(HtpiAnswers.Policy).ToList();
        return new { success = true, policies, patientId = patient.Id, tenantId = tenant.Id };
    });

    private object ListClaims(HtpiRequest request) => InTenant(request, tenant =>
    {
        if (FindPatient(tenant, request.Field("patientId")) is not { } patient)
        {
            return HtpiAnswers.Failure("patient not found");
        }

        var claims = world.Claims
            .Where(c => c.PatientId == patient.Id)
            .OrderByDescending(c => c.ServiceDate)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(HtpiAnswers.ClaimSummary)
            .ToList();
        return new { success = true, claims, patientId = patient.Id, tenantId = tenant.Id };
    });

    private object GetClaim(HtpiRequest request) => InTenant(request, tenant =>
        world.Claims.FirstOrDefault(c => c.TenantId == tenant.Id && c.Id == request.Field("claimId")) is { } claim
            ? new { success = true, claim = HtpiAnswers.Claim(claim) }
            : HtpiAnswers.Failure("claim not found"));

    private async ValueTask<object> CreatePatientAsync(HtpiRequest request, CancellationToken cancellationToken)
    {
        DemoPatient? created = null;
        var answer = InTenant(request, tenant =>
        {
            var firstName = request.Field("firstName");
            var lastName = request.Field("lastName");
            if (firstName is null || lastName is null)
            {
                return HtpiAnswers.Failure("firstName and lastName are required");
            }

            if (!DateOnly.TryParseExact(request.Field("dateOfBirth"), "yyyy-MM-dd", out var dateOfBirth)
                || dateOfBirth > world.Today || dateOfBirth < world.Today.AddYears(-130))
            {
                return HtpiAnswers.Failure("dateOfBirth must be a past date written yyyy-MM-dd");
            }

            if (world.Patients.Any(p => p.TenantId == tenant.Id && p.DateOfBirth == dateOfBirth
                && string.Equals(p.FirstName, firstName, StringComparison.OrdinalIgnoreCase)
                && string.Equals(p.LastName, lastName, StringComparison.OrdinalIgnoreCase)))
            {
                return HtpiAnswers.Failure("a patient with this name and date of birth already exists");
            }

            var sequence = world.NextPatientSequence++;
            var ssn = new string((request.Field("ssn") ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
            created = new DemoPatient(
                $"pat-{sequence:D5}",
                $"P-{100_000 + sequence}",
                tenant.Id,
                firstName,
                lastName,
                dateOfBirth,
                request.Field("gender") ?? string.Empty,
                ssn.Length == 9 ? ssn[^4..] : string.Empty,
                request.Field("phone") ?? string.Empty,
                request.Field("email") ?? string.Empty,
                request.Field("address") ?? string.Empty,
                request.Field("city") ?? string.Empty,
                request.Field("state") ?? string.Empty,
                request.Field("zipCode") ?? string.Empty,
                DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                Active: true);
            world.Patients.Add(created);
            return new { success = true, responseType = "created", patient = HtpiAnswers.Patient(created, 0) };
        });

        if (created is not null)
        {
            var broadcast = HtpiAnswers.PatientBroadcast("created", HtpiAnswers.Patient(created, 0), created.TenantId, clock.GetUtcNow());
            await bus.PublishAsync(
                "customer.broadcast.patients." + created.TenantId,
                JsonSerializer.SerializeToUtf8Bytes(broadcast),
                cancellationToken);
        }

        return answer;
    }

    /// <summary>The token's user when the token is good and the user may still use the customer portal.</summary>
    private DemoUser? Caller(HtpiRequest request) =>
        tokens.Validate(request.Token) is { } claims && world.FindUser(claims.UserId) is { MayUseCustomerPortal: true } user
            ? user
            : null;

    /// <summary>Runs <paramref name="answer"/> under the world's lock for the tenant named, whoever asks.</summary>
    private object ForTenant(HtpiRequest request, Func<DemoTenant, object> answer)
    {
        if (world.FindTenant(request.TenantId) is not { } tenant)
        {
            return HtpiAnswers.Failure(TenantNotFound);
        }

        lock (world.Sync)
        {
            return answer(tenant);
        }
    }

    /// <summary>Runs <paramref name="answer"/> under the world's lock for a tenant the caller may see; otherwise refuses.</summary>
    private object InTenant(HtpiRequest request, Func<DemoTenant, object> answer)
    {
        if (Caller(request) is not { } user)
        {
            return HtpiAnswers.Failure(InvalidToken);
        }

        var userId = request.Field("userId");
        if ((userId is not null && userId != user.Id) || !user.MaySee(request.TenantId) || world.FindTenant(request.TenantId) is not { } tenant)
        {
            return HtpiAnswers.Failure(AccessDenied);
        }

        lock (world.Sync)
        {
            return answer(tenant);
        }
    }

    private DemoPatient? FindPatient(DemoTenant tenant, string? patientId) =>
        patientId is null
            ? null
            : world.Patients.FirstOrDefault(p => p.TenantId == tenant.Id && (p.Id == patientId || p.PatientNumber == patientId));

    private Dictionary<string, int> InsuranceCounts() =>
        world.Policies.GroupBy(p => p.PatientId).ToDictionary(g => g.Key, g => g.Count());

    private static bool Matches(DemoPatient patient, string? search) =>
        search is null
        || (patient.FirstName + " " + patient.LastName).Contains(search, StringComparison.OrdinalIgnoreCase)
        || patient.PatientNumber.Contains(search, StringComparison.OrdinalIgnoreCase)
        || patient.Email.Contains(search, StringComparison.OrdinalIgnoreCase)
        || patient.Phone.Contains(search, StringComparison.OrdinalIgnoreCase);
}
