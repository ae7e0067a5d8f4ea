using Microsoft.AspNetCore.Http;
using Portal.Application.Billing.Ports;
using Portal.Application.Dashboard.Ports;
using Portal.Application.Identity.Ports;
using Portal.Application.Patients.Ports;
using Portal.Application.Services.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.LoadRun.Bare;

/// <summary>
/// The backend calls Portal makes for each page, through the same ports and adapters, all sent before any is awaited as
/// Portal sends them: the token check (Web's SignedInWork), the tenant access check (Application's TenantAccessBehavior)
/// and the page's own queries (its query handler). Answers the status Portal would: 200, or 401 for a token that is
/// someone else's, or 404 for a tenant that is not the caller's.
/// </summary>
internal sealed class BackendCalls(
    IIdentityProvider identity,
    ITenantDirectory tenants,
    IPracticeDashboard practice,
    IBillingLedger billing,
    ISupportDesk support,
    IServiceCatalog services,
    IPatientRegistry patients)
{
    /// <summary>htpi.auth.verify, htpi.tenant.verify.access, htpi.dashboard.get.stats/.activity/.alerts; Platform billing/summary/, tickets/summary/, services/summary/.</summary>
    public async Task<int> DashboardAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        var verification = identity.VerifyAsync(scope.Token, cancellationToken);
        var access = tenants.HasAccessAsync(scope, cancellationToken);
        var stats = practice.GetStatsAsync(scope, cancellationToken);
        var activity = practice.GetRecentActivityAsync(scope, cancellationToken);
        var alerts = practice.GetAlertsAsync(scope, cancellationToken);
        var invoices = billing.GetSummaryAsync(scope, cancellationToken);
        var tickets = support.GetSummaryAsync(scope, cancellationToken);
        var catalog = services.GetSummaryAsync(scope, cancellationToken);
        await Task.WhenAll(verification, access, stats, activity, alerts, invoices, tickets, catalog);
        return Status(scope, await verification, await access);
    }

    /// <summary>htpi.auth.verify, htpi.tenant.verify.access, htpi.patient.list (first page of 25, no search).</summary>
    public async Task<int> PatientListAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        var verification = identity.VerifyAsync(scope.Token, cancellationToken);
        var access = tenants.HasAccessAsync(scope, cancellationToken);
        var list = patients.ListAsync(scope, search: null, PageRequest.First, cancellationToken);
        await Task.WhenAll(verification, access, list);
        return Status(scope, await verification, await access);
    }

    private static int Status(TenantScope scope, VerifiedToken verified, bool granted) =>
        verified.UserId != scope.UserId ? StatusCodes.Status401Unauthorized
        : granted ? StatusCodes.Status200OK
        : StatusCodes.Status404NotFound;
}
