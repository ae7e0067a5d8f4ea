using Portal.Domain.Company;
using Portal.Domain.Identity;

namespace Portal.Application.Company.Ports;

/// <summary>
/// The customer's company record: its details, tax profile and billing profile, and the two changes a member may make.
/// A customer the caller may not see is a <see cref="Common.Exceptions.NotFoundException"/>; a change the backend refuses
/// for the caller's role is an <see cref="Common.Exceptions.ActionNotPermittedException"/>, and one it refuses with a
/// reason (an invalid CUI) a <see cref="Common.Exceptions.RequestRejectedException"/>.
/// </summary>
public interface ICompanyRecords
{
    Task<CompanyRecord> GetAsync(TenantScope scope, CancellationToken cancellationToken);

    /// <summary>Replaces every detail with <paramref name="details"/> (blank parts as empty strings).</summary>
    Task UpdateDetailsAsync(TenantScope scope, CompanyDetails details, CancellationToken cancellationToken);

    /// <summary>Replaces the tax profile with <paramref name="profile"/>; the backend creates one when there is none.</summary>
    Task UpdateTaxProfileAsync(TenantScope scope, TaxProfile profile, CancellationToken cancellationToken);
}
