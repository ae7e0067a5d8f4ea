using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Adapters.Nats.Messaging;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Security;

namespace Portal.Demo.Backend.Htpi;

/// <summary>
/// The HTPI services the demo plays: auth, tenants, dashboard, patients, insurance and claims. Every call after login
/// needs a valid token; every tenant-scoped call needs a tenant the token's user may see.
/// </summary>
internal sealed class HtpiServices(DemoWorld world, DemoTokenService tokens, IMessageBus bus, TimeProvider clock)
{
    public const string InvalidToken = "invalid token";
    public const string AccessDenied = "access denied";
    public const string NotAllowed = "not allowed in the customer portal";
    public const string InvalidCredentials = "invalid email or password";
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>
    /// Every request subject of the contract. The answer style alternates down the list, so each run exercises both:
    /// seed style — auth.login, auth.refresh, tenant.verify.access, dashboard.get.activity, patient.list, patient.create,
    /// claims.list.for.patient; request-reply — auth.verify, auth.logout, tenant.list.for.user, dashboard.get.stats,
    /// dashboard.get.alerts, patient.get, insurance.list.for.patient, claims.get.
    /// </summary>
    public IReadOnlyList<HtpiEndpoint> Endpoints() =>
    [
        new("htpi.auth.login", "auth", AnswerStyle.SeedStyle, Sync(Login)),
        new("htpi.auth.verify", "auth", AnswerStyle.RequestReply, Sync(Verify)),
        new("htpi.auth.refresh", "auth", AnswerStyle.SeedStyle, Sync(Refresh)),
        new("htpi.auth.logout", "auth", AnswerStyle.RequestReply, Sync(Logout)),
        new("htpi.tenant.list.for.user", "tenants", AnswerStyle.RequestReply, Sync(ListTenants)),
        new("htpi.tenant.verify.access", "tenants", AnswerStyle.SeedStyle, Sync(VerifyAccess)),
        new("htpi.dashboard.get.stats", "dashboard", AnswerStyle.RequestReply, Sync(Stats)),
        new("htpi.dashboard.get.activity", "dashboard", AnswerStyle.SeedStyle, Sync(ActivityFeed)),
        new("htpi.dashboard.get.alerts", "dashboard", AnswerStyle.RequestReply, Sync(AlertList)),
        new("htpi.patient.list", "patients", AnswerStyle.SeedStyle, Sync(ListPatients)),
        new("htpi.patient.get", "patients", AnswerStyle.RequestReply, Sync(GetPatient)),
        new("htpi.patient.create", "patients", AnswerStyle.SeedStyle, CreatePatientAsync),
        new("htpi.insurance.list.for.patient", "insurance", AnswerStyle.RequestReply, Sync(ListPolicies)),
        new("htpi.claims.list.for.patient", "claims", AnswerStyle.SeedStyle, Sync(ListClaims)),
        new("htpi.claims.get", "claims", AnswerStyle.RequestReply, Sync(GetClaim)),
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
                tenants = user.Memberships.Select(membership => membership.TenantId),
            },
            token = tokens.Issue(user),
        };
    }

    private object Verify(HtpiRequest request)
    {
        var claims = tokens.Validate(request.Token);
        if (claims is null || Caller(request) is null)
        {
            return new { success = false, valid = false, error = InvalidToken };
        }

        return new
        {
            success = true,
            valid = true,
            user_id = claims.UserId,
            email = claims.Email,
            role = claims.Role,
            portal = claims.Portal,
        };
    }

    private object Refresh(HtpiRequest request) =>
        Caller(request) is { } user
            ? new { success = true, token = tokens.Issue(user) }
            : HtpiAnswers.Failure(InvalidToken);

    /// <summary>Ends the token: every later call with it is refused as an invalid token.</summary>
    private object Logout(HtpiRequest request) =>
        tokens.End(request.Token) ? new { success = true } : HtpiAnswers.Failure(InvalidToken);

    private object ListTenants(HtpiRequest request)
    {
        if (Caller(request) is not { } user)
        {
            return HtpiAnswers.Failure(InvalidToken);
        }

        if (request.Field("userId") is { } userId && userId != user.Id)
        {
            return HtpiAnswers.Failure(AccessDenied);
        }

        var tenants = user.Memberships
            .Select(membership => HtpiAnswers.Tenant(world.FindTenant(membership.TenantId)!, membership))
            .ToList();
        return new { success = true, tenants };
    }

    private object VerifyAccess(HtpiRequest request)
    {
        if (Caller(request) is not { } user)
        {
            return new { success = false, hasAccess = false, error = InvalidToken };
        }

        var userId = request.Field("userId") ?? user.Id;
        var tenantId = request.TenantId;
        var hasAccess = userId == user.Id && user.MaySee(tenantId) && world.FindTenant(tenantId) is not null;
        return new { success = true, hasAccess, userId, tenantId };
    }

    private object Stats(HtpiRequest request) => InTenant(request, tenant =>
    {
        var today = world.Today;
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var patients = world.Patients.Where(p => p.TenantId == tenant.Id).ToList();
        var ids = patients.Select(p => p.Id).ToHashSet();
        var claims = world.Claims.Where(c => c.TenantId == tenant.Id).ToList();
        var policies = world.Policies.Where(p => ids.Contains(p.PatientId)).ToList();
        var visits = claims.Select(c => (c.PatientId, c.ServiceDate)).Distinct().ToList();
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
                total_amount = HtpiAnswers.Dollars(claims.Sum(c => c.TotalChargeCents)),
            },
            encounters = new
            {
                today = visits.Count(v => v.ServiceDate == today),
                this_week = visits.Count(v => v.ServiceDate > today.AddDays(-7)),
                this_month = visits.Count(v => v.ServiceDate >= monthStart),
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

    private object ActivityFeed(HtpiRequest request) => InTenant(request, tenant => new
    {
        success = true,
        activities = world.Activities[tenant.Id].OrderByDescending(a => a.Timestamp).Take(20).Select(HtpiAnswers.Activity).ToList(),
        tenantId = tenant.Id,
    });

    private object AlertList(HtpiRequest request) => InTenant(request, tenant => new
    {
        success = true,
        alerts = world.Alerts[tenant.Id].Select(HtpiAnswers.Alert).ToList(),
        tenantId = tenant.Id,
    });

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
            patients = matches.Skip((page - 1) * limit).Take(limit).Select(p => HtpiAnswers.Patient(p, counts.GetValueOrDefault(p.Id))).ToList(),
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
