using Portal.Application.Common.Exceptions;
using Portal.Application.Patients.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>Patients held in memory per tenant. <see cref="BeforeAnswer"/> lets a test hold every answer.</summary>
internal sealed class FakePatientRegistry : IPatientRegistry
{
    private readonly List<Patient> patients = [];

    public Func<Task> BeforeAnswer { get; set; } = () => Task.CompletedTask;

    public TenantScope? LastScope { get; private set; }

    public string? LastSearch { get; private set; }

    public PageRequest? LastPage { get; private set; }

    public NewPatient? LastCreated { get; private set; }

    public void Add(Patient patient) => patients.Add(patient);

    public async Task<Page<Patient>> ListAsync(TenantScope scope, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        (LastScope, LastSearch, LastPage) = (scope, search, page);
        await BeforeAnswer();
        var matches = OfTenant(scope)
            .Where(p => search is null || p.FullName.Contains(search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new Page<Patient>(matches.Skip((page.Number - 1) * page.Size).Take(page.Size).ToList(), page.Number, page.Size, matches.Count);
    }

    public async Task<Patient> GetAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken)
    {
        LastScope = scope;
        await BeforeAnswer();
        return OfTenant(scope).SingleOrDefault(p => p.Id == patientId) ?? throw new NotFoundException("patient");
    }

    public async Task<Patient> CreateAsync(TenantScope scope, NewPatient patient, CancellationToken cancellationToken)
    {
        (LastScope, LastCreated) = (scope, patient);
        await BeforeAnswer();
        if (OfTenant(scope).Any(p => p.Email == patient.Email))
        {
            throw new RequestRejectedException("A patient with this email address already exists.");
        }

        var created = new Patient(
            new PatientId($"pat-{patients.Count + 1}"),
            $"P-{patients.Count + 1:000000}",
            patient.FirstName,
            patient.LastName,
            patient.DateOfBirth,
            string.Empty,
            patient.Phone,
            patient.Email,
            PostalAddress.Unknown,
            0,
            scope.TenantId,
            null);
        patients.Add(created);
        return created;
    }

    private IEnumerable<Patient> OfTenant(TenantScope scope) => patients.Where(p => p.TenantId == scope.TenantId);
}
