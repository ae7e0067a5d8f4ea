using System.Collections.Concurrent;
using System.Globalization;
using Portal.Application.Common.Exceptions;
using Portal.Application.Patients.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Testing.Fakes;

/// <summary>
/// The patients a test adds and those it is asked to register, each seen only in its own tenant: the list searches by name
/// and pages, and a second patient with the same email address is refused, as the real registry does.
/// </summary>
public sealed class FakePatientRegistry : FakeTenantPort, IPatientRegistry
{
    private readonly ConcurrentQueue<Patient> patients = new();
    private int registered;

    /// <summary>Awaited before every answer, so a test can hold the registry to see what runs meanwhile.</summary>
    public Func<Task> BeforeAnswer { get; set; } = () => Task.CompletedTask;

    public string? LastSearch { get; private set; }

    public PageRequest? LastPage { get; private set; }

    public NewPatient? LastCreated { get; private set; }

    public void Add(Patient patient) => patients.Enqueue(patient);

    public Task<Page<Patient>> ListAsync(TenantScope scope, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        (LastSearch, LastPage) = (search, page);
        return Answer(scope, cancellationToken, async () =>
        {
            await BeforeAnswer();
            return PageOf(OfTenant(scope).Where(p => search is null || p.FullName.Contains(search, StringComparison.OrdinalIgnoreCase)), page);
        });
    }

    public Task<Patient> GetAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken) =>
        Answer(scope, cancellationToken, async () =>
        {
            await BeforeAnswer();
            return await Found(OfTenant(scope).FirstOrDefault(p => p.Id == patientId), "patient");
        });

    public Task<Patient> CreateAsync(TenantScope scope, NewPatient patient, CancellationToken cancellationToken)
    {
        LastCreated = patient;
        return Answer(scope, cancellationToken, async () =>
        {
            await BeforeAnswer();
            if (OfTenant(scope).Any(p => p.Email == patient.Email))
            {
                throw new RequestRejectedException("A patient with this email address already exists.");
            }

            var id = "pat-new-" + Interlocked.Increment(ref registered).ToString(CultureInfo.InvariantCulture);
            var created = new Patient(
                new PatientId(id), "P-" + id, patient.FirstName, patient.LastName, patient.DateOfBirth, string.Empty,
                patient.Phone, patient.Email, PostalAddress.Unknown, 0, scope.TenantId, null);
            patients.Enqueue(created);
            return created;
        });
    }

    private IEnumerable<Patient> OfTenant(TenantScope scope) => patients.Where(p => p.TenantId == scope.TenantId);
}
