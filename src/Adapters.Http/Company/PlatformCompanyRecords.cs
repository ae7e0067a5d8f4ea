using Portal.Adapters.Http.Company.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Application.Company.Ports;
using Portal.Domain.Company;
using Portal.Domain.Identity;

namespace Portal.Adapters.Http.Company;

/// <summary>
/// <see cref="ICompanyRecords"/> over <c>customers/details/</c>, <c>customers/update/</c> and <c>customers/tax-profile/</c>.
/// The changes are writes, sent once.
/// </summary>
internal sealed class PlatformCompanyRecords(IPlatformCompanyApi api, PlatformResiliencePipelines pipelines, TimeProvider time)
    : PlatformApiClient(PlatformArea.Company, pipelines, time), ICompanyRecords
{
    public Task<CompanyRecord> GetAsync(TenantScope scope, CancellationToken cancellationToken) =>
        PostAsync(
            IPlatformCompanyApi.DetailsRoute,
            Scoped(new ScopedRequest(), scope),
            CompanyJsonContext.Platform.ScopedRequest,
            PlatformCall.Read("company"),
            api.GetDetailsAsync,
            CompanyMapper.ToCompany,
            cancellationToken);

    public Task UpdateDetailsAsync(TenantScope scope, CompanyDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var body = new UpdateCustomerRequest
        {
            Name = details.Name,
            CompanyName = details.CompanyName,
            PrimaryEmail = details.PrimaryEmail,
            PrimaryPhone = details.PrimaryPhone,
            Website = details.Website,
            Industry = details.Industry,
        };
        return PostAsync(
            IPlatformCompanyApi.UpdateRoute,
            Scoped(body, scope),
            CompanyJsonContext.Platform.UpdateCustomerRequest,
            PlatformCall.Write("company"),
            api.UpdateAsync,
            answer => answer,
            cancellationToken);
    }

    public Task UpdateTaxProfileAsync(TenantScope scope, TaxProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var body = new UpdateTaxProfileRequest
        {
            Cui = profile.Cui,
            VatNumber = profile.VatNumber,
            RegistrationNumber = profile.RegistrationNumber,
            IsVatPayer = profile.IsVatPayer,
            ReverseChargeEligible = profile.ReverseChargeEligible,
        };
        return PostAsync(
            IPlatformCompanyApi.TaxProfileRoute,
            Scoped(body, scope),
            CompanyJsonContext.Platform.UpdateTaxProfileRequest,
            PlatformCall.Write("company"),
            api.UpdateTaxProfileAsync,
            answer => answer,
            cancellationToken);
    }
}
