using Portal.Adapters.Nats.Contracts;
using Portal.Adapters.Nats.Contracts.Patients;
using Portal.Adapters.Nats.Mapping;
using Portal.Adapters.Nats.Requests;
using Portal.Application.Common.Exceptions;
using Portal.Application.Patients.Ports;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Adapters.Nats.Patients;

/// <summary>A tenant's patients over <c>htpi.patient.list</c>, <c>htpi.patient.get</c> and <c>htpi.patient.create</c>.</summary>
internal sealed class NatsPatientRegistry(HtpiRequester requester) : IPatientRegistry
{
    /// <summary>
    /// Sends <c>search</c>, <c>page</c> and <c>limit</c>. A service that pages itself says so with
    /// <c>pagination.total</c> or <c>total</c>, and its list is taken as the page asked for. Without either, the list is
    /// the tenant's whole list: it is filtered by <paramref name="search"/> and paged here.
    /// </summary>
    public Task<Page<Patient>> ListAsync(TenantScope scope, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(page);
        var term = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        return requester.RequestAsync(
            HtpiOperations.ListPatients,
            stamp => new PatientListRequest(stamp, scope, term, page.Number, page.Size),
            HtpiRequestJsonContext.Default.PatientListRequest,
            HtpiJsonContext.Default.PatientListAnswer,
            answer => ToPage(answer, scope, term, page),
            cancellationToken);
    }

    /// <summary>An answer without a patient (or with <c>patient:null</c>), or another tenant's, means the tenant has no such patient.</summary>
    public Task<Patient> GetAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(patientId);
        return requester.RequestAsync(
            HtpiOperations.GetPatient,
            stamp => new PatientRequest(stamp, scope, patientId),
            HtpiRequestJsonContext.Default.PatientRequest,
            HtpiJsonContext.Default.PatientAnswer,
            answer =>
            {
                TenantGate.Require(answer.TenantId, scope.TenantId, HtpiOperations.GetPatient.Thing);
                var patient = PatientMapper.ToPatient(
                    answer.Patient ?? throw new NotFoundException(HtpiOperations.GetPatient.Thing), scope.TenantId, HtpiOperations.GetPatient.Thing);
                return patient.Id == patientId
                    ? patient
                    : throw new MalformedAnswerException("The answer holds another patient than asked.");
            },
            cancellationToken);
    }

    public Task<Patient> CreateAsync(TenantScope scope, NewPatient patient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(patient);
        return requester.RequestAsync(
            HtpiOperations.CreatePatient,
            stamp => new CreatePatientRequest(stamp, scope, patient),
            HtpiRequestJsonContext.Default.CreatePatientRequest,
            HtpiJsonContext.Default.PatientAnswer,
            answer =>
            {
                TenantGate.Require(answer.TenantId, scope.TenantId, HtpiOperations.CreatePatient.Thing);
                return PatientMapper.ToPatient(WireValues.Require(answer.Patient, "patient"), scope.TenantId, HtpiOperations.CreatePatient.Thing);
            },
            cancellationToken);
    }

    /// <summary>
    /// An answer of another tenant is malformed, and a patient of another tenant is left out, never shown
    /// (<see cref="TenantGate"/>); a service's total is lowered by the rows of the page left out, so it does not count
    /// them either. A patient without an id Portal can address cannot be opened and is left out, as such a tenant is from
    /// the tenants, and so is one without any name, which the list could not show. A service that pages itself and sends more rows than asked is read as far as the page goes, before any
    /// row is left out or judged: a row left out still takes its place on the page, so a row past the page's end (the next
    /// page's) does not take it, is not counted off, and does not make the page's rows another tenant's or the answer
    /// malformed. The rows left out still take their places on the service's pages, so the page count stays the one its
    /// own total fills: fewer pages would put its last patients, or the page being read, beyond the last page number.
    /// </summary>
    private static Page<Patient> ToPage(PatientListAnswer answer, TenantScope scope, string? search, PageRequest page)
    {
        TenantGate.RequireListedFor(answer.TenantId, scope.TenantId);
        var rows = WireValues.Require(answer.Patients, "patients");

        if ((answer.Pagination?.Total ?? answer.Total) is { } total)
        {
            var pageRows = rows.Count <= page.Size ? rows : rows.Take(page.Size).ToArray();
            var shown = Openable(pageRows, scope);
            return Paging.LessRowsLeftOut(shown, page.Number, page.Size, Math.Max(total, 0), pageRows.Count - shown.Length);
        }

        var patients = Openable(rows, scope);
        var matching = search is null ? patients : patients.Where(patient => PatientMapper.Matches(patient, search)).ToArray();
        var offset = (long)(page.Number - 1) * page.Size;
        var items = offset >= matching.Length ? [] : matching.Skip((int)offset).Take(page.Size).ToArray();
        return new Page<Patient>(items, page.Number, page.Size, matching.Length);
    }

    private static Patient[] Openable(IReadOnlyList<PatientDto> rows, TenantScope scope) =>
        TenantGate.OwnRows(rows, dto => dto.TenantId, scope.TenantId)
            .Where(dto => WireValues.IsAddressable(dto.Id) && PatientMapper.IsNamed(dto))
            .Select(dto => PatientMapper.ToPatient(dto, scope.TenantId, HtpiOperations.ListPatients.Thing))
            .ToArray();
}
