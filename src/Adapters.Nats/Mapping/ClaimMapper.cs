using System.Globalization;
using System.Text.Json;
using Portal.Adapters.Nats.Contracts.Claims;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Claims;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

internal static class ClaimMapper
{
    /// <summary>
    /// Newest service date first, whatever order the service sent. Another tenant's answer is malformed and a claim of
    /// another tenant left out (<see cref="TenantGate"/>). A claim without an id Portal can address cannot be opened and is
    /// left out, not the list.
    /// </summary>
    public static IReadOnlyList<ClaimSummary> ToSummaries(ClaimListAnswer answer, TenantId tenantId)
    {
        TenantGate.RequireListedFor(answer.TenantId, tenantId);
        return TenantGate.OwnRows(WireValues.Require(answer.Claims, "claims"), claim => claim.NamedTenant, tenantId)
            .Where(claim => WireValues.IsAddressable(claim.Id))
            .Select(ToSummary)
            .OrderByDescending(claim => claim.ServiceDate).ToArray();
    }

    /// <summary>
    /// The claim <paramref name="claimId"/>; one without <c>lines</c> has none. A missing claim, or one of another tenant,
    /// is not found; another claim than asked is malformed. Only the claim's own <c>tenantId</c> names its tenant: the
    /// answer's is the request's echo.
    /// </summary>
    public static Claim ToClaim(ClaimAnswer answer, ClaimId claimId, TenantId tenantId)
    {
        TenantGate.Require(answer.TenantId, tenantId, HtpiOperations.GetClaim.Thing);
        var dto = answer.Claim ?? throw new NotFoundException(HtpiOperations.GetClaim.Thing);
        TenantGate.Require(dto.NamedTenant, tenantId, HtpiOperations.GetClaim.Thing);
        var summary = ToSummary(dto);
        if (summary.Id != claimId)
        {
            throw new MalformedAnswerException("The answer holds another claim than asked.");
        }

        return new Claim(summary, dto.Lines?.Select(ToLine).ToArray() ?? [])
        {
            Tenant = string.IsNullOrWhiteSpace(dto.NamedTenant) ? null : tenantId,
        };
    }

    /// <summary>
    /// An absent or null <c>paid_amount</c> is nothing paid yet; a status Portal does not know is kept as it came; a
    /// missing or unreadable <c>service_date</c> is a dash for that claim; a missing <c>claim_number</c> is its id.
    /// </summary>
    private static ClaimSummary ToSummary(ClaimDto dto)
    {
        var id = WireValues.RequireText(dto.Id, "claim.id").Trim();
        return new ClaimSummary(
            new ClaimId(id),
            WireValues.OrNull(dto.ClaimNumber) ?? id,
            ToStatus(dto.Status),
            WireValues.DateOrNull(dto.ServiceDate),
            WireValues.Dollars(dto.TotalCharge, "claim.total_charge"),
            dto.PaidAmount is null ? PracticeMoney.FromCents(0) : WireValues.Dollars(dto.PaidAmount, "claim.paid_amount"),
            WireValues.OrEmpty(dto.Payer))
        {
            StatusCode = WireValues.OrNull(dto.Status),
        };
    }

    /// <summary>An absent procedure code is empty, shown as a dash.</summary>
    private static ClaimLine ToLine(ClaimLineDto dto) => new(
        WireValues.OrEmpty(dto.ProcedureCode).Trim(),
        WireValues.OrEmpty(dto.Description),
        ToUnits(dto.Units),
        WireValues.Dollars(dto.Charge, "claim.lines[].charge"));

    /// <summary>
    /// An absent or null <c>units</c> is one unit, as a line usually bills; a number from 0, or one in text, is that many;
    /// anything else (negative, <c>"two"</c>, an object) is unknown, a dash for that line rather than the claim lost.
    /// </summary>
    private static decimal? ToUnits(JsonElement? units) => units switch
    {
        null or { ValueKind: JsonValueKind.Null } => 1,
        { ValueKind: JsonValueKind.Number } number when number.TryGetDecimal(out var count) && count >= 0 => count,
        { ValueKind: JsonValueKind.String } text
            when decimal.TryParse(text.GetString()?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var count) => count,
        _ => null,
    };

    private static ClaimStatus ToStatus(string? status) => status?.Trim().ToUpperInvariant() switch
    {
        "DRAFT" => ClaimStatus.Draft,
        "SUBMITTED" => ClaimStatus.Submitted,
        "PENDING" => ClaimStatus.Pending,
        "APPROVED" => ClaimStatus.Approved,
        "DENIED" or "REJECTED" => ClaimStatus.Denied,
        "PAID" => ClaimStatus.Paid,
        _ => ClaimStatus.Unknown,
    };
}
