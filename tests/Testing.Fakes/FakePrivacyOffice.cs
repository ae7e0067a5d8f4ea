using System.Collections.Concurrent;
using System.Globalization;
using Portal.Application.Privacy.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Privacy;

namespace Portal.Testing.Fakes;

/// <summary>
/// A consent history and the data-export requests a test sets; a new request is recorded as pending and listed first,
/// as the Platform does.
/// </summary>
public sealed class FakePrivacyOffice : FakeAccountPort, IPrivacyOffice
{
    /// <summary>When the requests it records were made, so tests need no clock.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentStack<DataExport> exports = new();
    private int requested;

    public ConsentHistory History { get; set; } = new([], []);

    /// <summary>The requests listed, newest first.</summary>
    public IReadOnlyList<DataExport> Exports => [.. exports];

    /// <summary>How many new requests were made.</summary>
    public int Requested => Volatile.Read(ref requested);

    /// <summary>Adds an earlier request; the last added is listed first.</summary>
    public void Add(DataExport export) => exports.Push(export);

    public Task<ConsentHistory> GetConsentHistoryAsync(AccountScope scope, CancellationToken cancellationToken) => Answer(scope, () => History);

    public Task<IReadOnlyList<DataExport>> ListDataExportsAsync(AccountScope scope, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<DataExport>>(scope, () => Exports);

    public Task<DataExport> RequestDataExportAsync(AccountScope scope, CancellationToken cancellationToken) => Answer(scope, () =>
    {
        var number = Interlocked.Increment(ref requested);
        var export = new DataExport("export-new-" + number.ToString(CultureInfo.InvariantCulture), DataExportStatus.Pending)
        {
            RequestedAt = Now,
            ExpiresAt = Now.AddDays(7),
        };
        exports.Push(export);
        return export;
    });
}
