using Microsoft.Extensions.Options;
using Portal.Domain.Common;

namespace Portal.Adapters.Nats.Configuration;

/// <summary>
/// Checks what data annotations cannot: the URL list, the timeout's range, the instance id's shape and that every named
/// credential or certificate file can be read now, so a wrong path stops the start instead of every reconnect.
/// </summary>
internal sealed class NatsAdapterOptionsValidator : IValidateOptions<NatsAdapterOptions>
{
    public static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromMinutes(2);

    public ValidateOptionsResult Validate(string? name, NatsAdapterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        // An empty URL is reported by the [Required] annotation; only a present but unusable one is reported here, by
        // the parser the connection itself uses, so that whatever passes here is what the connection reads.
        if (!string.IsNullOrWhiteSpace(options.Url) && !NatsServerAddress.TryParseList(options.Url, out _, out var problem))
        {
            failures.Add($"{NatsAdapterOptions.UrlKey} is invalid: {problem}. Use one or more nats:// or tls:// URLs separated by commas.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > MaxRequestTimeout)
        {
            failures.Add($"{NatsAdapterOptions.RequestTimeoutKey} must be greater than zero and at most {MaxRequestTimeout:c}.");
        }

        // The instance id is one token of every answer subject: no dots, spaces or wildcards.
        if (!Identifier.IsValid(options.InstanceId))
        {
            failures.Add($"{NatsAdapterOptions.InstanceIdKey} must be 1 to {Identifier.MaxLength} letters, digits, '-' or '_'.");
        }

        if (CheckFile(options.CredsFile, NatsAdapterOptions.CredsKey, failures) && !LooksLikeCreds(options.CredsFile!))
        {
            failures.Add($"{NatsAdapterOptions.CredsKey} names '{options.CredsFile}', but it is not a .creds file (a user JWT and a user NKey seed between BEGIN/END lines).");
        }
        if (CheckFile(options.NKeyFile, NatsAdapterOptions.NKeyKey, failures) && !NKeySeedFile.TryRead(options.NKeyFile!, out _, out _, out var seedProblem))
        {
            failures.Add($"{NatsAdapterOptions.NKeyKey} names '{options.NKeyFile}', but {seedProblem}.");
        }
        CheckFile(options.TlsCertFile, NatsAdapterOptions.TlsCertKey, failures);
        CheckFile(options.TlsKeyFile, NatsAdapterOptions.TlsKeyKey, failures);
        CheckFile(options.TlsCaFile, NatsAdapterOptions.TlsCaKey, failures);
        if (IsSet(options.CredsFile) && IsSet(options.NKeyFile))
        {
            failures.Add($"{NatsAdapterOptions.CredsKey} and {NatsAdapterOptions.NKeyKey} exclude each other: a .creds file already holds the NKey seed.");
        }

        if (IsSet(options.TlsCertFile) != IsSet(options.TlsKeyFile))
        {
            failures.Add($"{NatsAdapterOptions.TlsCertKey} and {NatsAdapterOptions.TlsKeyKey} go together: set both for TLS client authentication, or neither.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool LooksLikeCreds(string path)
    {
        var text = File.ReadAllText(path);
        return text.Contains("-----BEGIN NATS USER JWT-----", StringComparison.Ordinal)
            && text.Contains("-----BEGIN USER NKEY SEED-----", StringComparison.Ordinal);
    }

    private static bool IsSet(string? path) => !string.IsNullOrWhiteSpace(path);

    /// <summary>An unset path is fine; a set one must name a file this process can open for reading. True when it does.</summary>
    private static bool CheckFile(string? path, string key, List<string> failures)
    {
        if (!IsSet(path))
        {
            return false;
        }

        if (!File.Exists(path))
        {
            failures.Add($"{key} names '{path}', which is not a file.");
            return false;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            failures.Add($"{key} names '{path}', which this process cannot read ({exception.GetType().Name}).");
            return false;
        }
    }
}
