using Portal.Application.Company.Ports;
using Portal.Domain.Company;
using Portal.Domain.Identity;

namespace Portal.Testing.Fakes;

/// <summary>One company record that a test reads and that the changes replace, remembering what each change sent.</summary>
public sealed class FakeCompanyRecords : FakeTenantPort, ICompanyRecords
{
    public CompanyRecord Company { get; set; } = new(
        "Lima Dental SRL",
        "company",
        new CompanyDetails("Lima Dental", "Lima Dental SRL", "office@lima-dental.example", "+40212223344", "https://lima-dental.example", "Dentistry"),
        new TaxProfile("RO18547328", "RO18547328", "J40/1234/2015", true, false),
        new BillingProfile(30, "RON"));

    public CompanyDetails? LastDetails { get; private set; }

    public TaxProfile? LastTaxProfile { get; private set; }

    /// <summary>When set, the changes fail with it (a refusal of the backend); reads still answer.</summary>
    public Exception? ChangeFailure { get; set; }

    public Task<CompanyRecord> GetAsync(TenantScope scope, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, () => Task.FromResult(Company));

    public Task UpdateDetailsAsync(TenantScope scope, CompanyDetails details, CancellationToken cancellationToken)
    {
        LastDetails = details;
        return Answer(scope, cancellationToken, () => Changed(() => Company = Company with { Details = details }));
    }

    public Task UpdateTaxProfileAsync(TenantScope scope, TaxProfile profile, CancellationToken cancellationToken)
    {
        LastTaxProfile = profile;
        // As the Platform does, a flag left out keeps what is stored.
        var stored = Company.TaxProfile;
        var kept = profile with
        {
            IsVatPayer = profile.IsVatPayer ?? stored?.IsVatPayer,
            ReverseChargeEligible = profile.ReverseChargeEligible ?? stored?.ReverseChargeEligible,
        };
        return Answer(scope, cancellationToken, () => Changed(() => Company = Company with { TaxProfile = kept }));
    }

    private Task<bool> Changed(Action change)
    {
        if (ChangeFailure is { } failure)
        {
            return Task.FromException<bool>(failure);
        }

        change();
        return Task.FromResult(true);
    }
}
