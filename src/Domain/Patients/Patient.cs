using Portal.Domain.Tenants;

namespace Portal.Domain.Patients;

/// <summary>A patient of one tenant's practice, as the patients backend returns it. The SSN is only ever masked.</summary>
public sealed record Patient
{
    public Patient(
        PatientId id,
        string patientNumber,
        string firstName,
        string lastName,
        DateOnly? dateOfBirth,
        string gender,
        string phone,
        string email,
        PostalAddress address,
        int insuranceCount,
        TenantId tenantId,
        MaskedSsn? ssn)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(patientNumber);
        ArgumentNullException.ThrowIfNull(firstName);
        ArgumentNullException.ThrowIfNull(lastName);
        if (string.IsNullOrWhiteSpace(firstName) && string.IsNullOrWhiteSpace(lastName))
        {
            throw new ArgumentException("A patient has a first name, a last name or both.", nameof(firstName));
        }

        ArgumentNullException.ThrowIfNull(gender);
        ArgumentNullException.ThrowIfNull(phone);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentOutOfRangeException.ThrowIfNegative(insuranceCount);
        ArgumentNullException.ThrowIfNull(tenantId);
        Id = id;
        PatientNumber = patientNumber;
        FirstName = firstName;
        LastName = lastName;
        DateOfBirth = dateOfBirth;
        Gender = gender;
        Phone = phone;
        Email = email;
        Address = address;
        InsuranceCount = insuranceCount;
        TenantId = tenantId;
        Ssn = ssn;
    }

    public PatientId Id { get; }

    /// <summary>The practice's own number for the patient (the backend's <c>patientId</c>, for example "P-000123").</summary>
    public string PatientNumber { get; }

    /// <summary>Empty when the practice records only a last name (a newborn not yet named, a single name).</summary>
    public string FirstName { get; }

    /// <summary>Empty when the practice records only a first name.</summary>
    public string LastName { get; }

    public string FullName => (FirstName + " " + LastName).Trim();

    /// <summary>Null when the backend did not say, or said it in a way that is no date: the page shows a dash.</summary>
    public DateOnly? DateOfBirth { get; }

    /// <summary>As the backend records it; empty when unknown.</summary>
    public string Gender { get; }

    /// <summary>Empty when unknown.</summary>
    public string Phone { get; }

    /// <summary>Empty when unknown.</summary>
    public string Email { get; }

    public PostalAddress Address { get; }

    /// <summary>How many insurance policies the patient holds.</summary>
    public int InsuranceCount { get; }

    public TenantId TenantId { get; }

    /// <summary>Null when the backend holds no SSN for the patient.</summary>
    public MaskedSsn? Ssn { get; }
}
