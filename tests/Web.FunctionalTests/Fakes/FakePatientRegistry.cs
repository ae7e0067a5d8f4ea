using System.Collections.Concurrent;
using Portal.Application.Common.Exceptions;
using Portal.Application.Patients.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Web.FunctionalTests.Fakes;

/// <summary>Patients in memory per tenant; remembers the last search and page it was asked for.</summary>
internal sealed class FakePatientRegistry : IPatientRegistry
{
    private readonly ConcurrentQueue<Patient> patients = new();

    public Exception? Failure { get; set; }

    public string? LastSearch { get; private set; }

    public PageRequest? LastPage { get; private set; }

    public NewPatient? LastCreated { get; private set; }

    public void Add(Patient patient) => patients.Enqueue(patient);

    public Task<Page<Patient>> ListAsync(TenantScope scope, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        (LastSearch, LastPage) = (search, page);
        if (Failure is not null)
        {
            return Task.FromException<Page<Patient>>(Failure);
        }

        var matches = OfTenant(scope).Where(p => search is null || p.FullName.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
        return Task.FromResult(new Page<Patient>(
            matches.Skip((page.Number - 1) * page.Size).Take(page.Size).ToList(), page.Number, page.Size, matches.Count));
    }

    public Task<Patient> GetAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        Failure is not null
            ? Task.FromException<Patient>(Failure)
            : OfTenant(scope).SingleOrDefault(p => p.Id == patientId) is { } patient
                ? Task.FromResult(patient)
                : Task.FromException<Patient>(new NotFoundException("patient"));

    public Task<Patient> CreateAsync(TenantScope scope, NewPatient patient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(patient);
        LastCreated = patient;
        if (OfTenant(scope).Any(p => p.Email == patient.Email))
        {
            return Task.FromException<Patient>(new RequestRejectedException("A patient with this email address already exists."));
        }

        var id = "pat-new-" + (patients.Count + 1);
        var created = new Patient(
            new PatientId(id), "P-" + id, patient.FirstName, patient.LastName, patient.DateOfBirth, string.Empty,
            patient.Phone, patient.Email, PostalAddress.Unknown, 0, scope.TenantId, null);
        patients.Enqueue(created);
        return Task.FromResult(created);
    }

    private IEnumerable<Patient> OfTenant(TenantScope scope) => patients.Where(p => p.TenantId == scope.TenantId);
}
