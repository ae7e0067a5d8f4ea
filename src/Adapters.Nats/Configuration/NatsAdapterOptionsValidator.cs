using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Transport;
using Portal.Domain.Common;

namespace Portal.Adapters.Nats.Configuration;

/// <summary>Checks what data annotations cannot: the URL list, the timeout's range and the instance id's shape.</summary>
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
