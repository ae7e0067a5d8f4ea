using System.Diagnostics.CodeAnalysis;
using NATS.NKeys;

namespace Portal.Adapters.Nats.Configuration;

/// <summary>
/// Reads the user seed (<c>SU…</c>) of an NKey file such as <c>nsc</c> writes, and derives its public key: the client
/// sends both, and the library's own file reader wants the public key in the file as well.
/// </summary>
internal static class NKeySeedFile
{
    public static bool TryRead(
        string path,
        [NotNullWhen(true)] out string? seed,
        [NotNullWhen(true)] out string? publicKey,
        [NotNullWhen(false)] out string? problem)
    {
        seed = null;
        publicKey = null;
        var candidate = File.ReadLines(path).Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("SU", StringComparison.Ordinal));
        if (candidate is null)
        {
            problem = "it holds no user seed (a line starting with SU)";
            return false;
        }

        try
        {
            using var pair = KeyPair.FromSeed(candidate.AsSpan());
            publicKey = pair.GetPublicKey();
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or NKeysException)
        {
            problem = "its user seed is not a valid NKey seed";
            return false;
        }

        seed = candidate;
        problem = null;
        return true;
    }
}
