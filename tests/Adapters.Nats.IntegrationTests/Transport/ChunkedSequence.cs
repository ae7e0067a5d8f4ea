using System.Buffers;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

/// <summary>Builds a <see cref="ReadOnlySequence{T}"/> of several segments, as a socket reader hands them over.</summary>
internal sealed class ChunkedSequence : ReadOnlySequenceSegment<byte>
{
    private ChunkedSequence(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    public static ReadOnlySequence<byte> Of(IReadOnlyList<ReadOnlyMemory<byte>> chunks)
    {
        if (chunks.Count == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new ChunkedSequence(chunks[0], 0);
        var last = first;
        for (var i = 1; i < chunks.Count; i++)
        {
            var next = new ChunkedSequence(chunks[i], last.RunningIndex + last.Memory.Length);
            last.Next = next;
            last = next;
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }
}
