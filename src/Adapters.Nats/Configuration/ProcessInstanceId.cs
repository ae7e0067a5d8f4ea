using System.Security.Cryptography;

namespace Portal.Adapters.Nats.Configuration;

/// <summary>A random token drawn once per process: every options instance of this process agrees on it.</summary>
internal static class ProcessInstanceId
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const int Length = 10;

    public static string Value { get; } = RandomNumberGenerator.GetString(Alphabet, Length);
}
