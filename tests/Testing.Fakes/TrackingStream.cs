namespace Portal.Testing.Fakes;

/// <summary>A read-only stream over fixed bytes that tells whether it was disposed.</summary>
public sealed class TrackingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
{
    public bool Disposed { get; private set; }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
