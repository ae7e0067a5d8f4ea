using System.Collections;
using System.Diagnostics;

namespace Portal.Web.FunctionalTests.Telemetry;

/// <summary>
/// The in-memory exporter's target: spans end on many threads (the demo's broadcasts go on while a test reads), so
/// every access takes a lock and a test reads a snapshot.
/// </summary>
internal sealed class CollectedSpans : ICollection<Activity>
{
    private readonly List<Activity> spans = [];

    public int Count
    {
        get
        {
            lock (spans)
            {
                return spans.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    public void Add(Activity item)
    {
        lock (spans)
        {
            spans.Add(item);
        }
    }

    public void Clear()
    {
        lock (spans)
        {
            spans.Clear();
        }
    }

    public bool Contains(Activity item)
    {
        lock (spans)
        {
            return spans.Contains(item);
        }
    }

    public void CopyTo(Activity[] array, int arrayIndex)
    {
        lock (spans)
        {
            spans.CopyTo(array, arrayIndex);
        }
    }

    public bool Remove(Activity item)
    {
        lock (spans)
        {
            return spans.Remove(item);
        }
    }

    public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
