using System.Collections;

namespace Portal.Adapters.Nats.Transport;

/// <summary>
/// NATS message headers: the <c>NATS/1.0</c> status line (optional status code and description) and key/value lines in
/// order. Keys keep their case and may repeat.
/// </summary>
internal sealed class NatsHeaders : IEnumerable<KeyValuePair<string, string>>
{
    /// <summary>Status the server puts on the reply of a request nobody subscribes to.</summary>
    public const int NoRespondersStatus = 503;

    private readonly List<KeyValuePair<string, string>> _entries = [];

    public NatsHeaders()
    {
    }

    public NatsHeaders(int? statusCode, string? statusDescription)
    {
        StatusCode = statusCode;
        StatusDescription = statusDescription;
    }

    public int? StatusCode { get; }

    public string? StatusDescription { get; }

    public int Count => _entries.Count;

    /// <summary>Adds one line; a key already present gets a further value.</summary>
    public NatsHeaders Add(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in key)
        {
            if (c <= ' ' || c == ':' || c > '~')
            {
                throw new ArgumentException($"Header key '{key}' may hold printable ASCII only, without ':' or spaces.", nameof(key));
            }
        }

        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"The value of header '{key}' may not contain a line break.", nameof(value));
        }

        _entries.Add(new KeyValuePair<string, string>(key, value));
        return this;
    }

    /// <summary>The values of <paramref name="key"/> in order (keys compare exactly, case included).</summary>
    public IReadOnlyList<string> GetValues(string key) =>
        _entries.Where(e => string.Equals(e.Key, key, StringComparison.Ordinal)).Select(e => e.Value).ToList();

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void AddParsed(string key, string value) => _entries.Add(new KeyValuePair<string, string>(key, value));
}
