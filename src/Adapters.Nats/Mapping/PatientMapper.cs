using System.Globalization;
using Portal.Adapters.Nats.Contracts.Patients;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

internal static class PatientMapper
{
    /// <summary>
    /// A patient of <paramref name="tenantId"/>. One the answer says belongs to another tenant is never passed on: the
    /// answer is "not found" of <paramref name="thing"/>; a patient without <c>tenantId</c> is taken as the asked tenant's.
    /// The SSN is masked here and the full one dropped. Only the id and a name, first or last, are required: a missing or unreadable date
    /// of birth is unknown for that patient alone, and an insurance count that is missing, unreadable or negative is none.
    /// </summary>
    public static Patient ToPatient(PatientDto dto, TenantId tenantId, string thing)
    {
        TenantGate.Require(dto.TenantId, tenantId, thing);

        var id = WireValues.RequireText(dto.Id, "patient.id").Trim();
        if (!IsNamed(dto))
        {
            throw new MalformedAnswerException("The answer's patient has no name.");
        }

        return new Patient(
            new PatientId(id),
            string.IsNullOrWhiteSpace(dto.PatientId) ? id : dto.PatientId.Trim(),
            WireValues.OrEmpty(dto.FirstName),
            WireValues.OrEmpty(dto.LastName),
            WireValues.DateOrNull(dto.DateOfBirth),
            WireValues.OrEmpty(dto.Gender),
            WireValues.OrEmpty(dto.Phone),
            WireValues.OrEmpty(dto.Email),
            new PostalAddress(WireValues.OrEmpty(dto.Address), WireValues.OrEmpty(dto.City), WireValues.OrEmpty(dto.State), WireValues.OrEmpty(dto.ZipCode)),
            Math.Max(dto.InsuranceCount ?? 0, 0),
            tenantId,
            MaskedSsn.TryParse(dto.Ssn, out var ssn) ? ssn : null);
    }

    /// <summary>Whether the patient has a first name, a last name or both: one without either cannot be shown.</summary>
    public static bool IsNamed(PatientDto dto) => !string.IsNullOrWhiteSpace(dto.FirstName) || !string.IsNullOrWhiteSpace(dto.LastName);

    /// <summary>
    /// Whether <paramref name="search"/> is in the patient's name (compared as text, so "José" finds a name the service
    /// stored decomposed), number, e-mail or phone, ignoring case.
    /// </summary>
    public static bool Matches(Patient patient, string search) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(patient.FullName, search, CompareOptions.IgnoreCase) >= 0
        || patient.PatientNumber.Contains(search, StringComparison.OrdinalIgnoreCase)
        || patient.Email.Contains(search, StringComparison.OrdinalIgnoreCase)
        || patient.Phone.Contains(search, StringComparison.OrdinalIgnoreCase);
}
