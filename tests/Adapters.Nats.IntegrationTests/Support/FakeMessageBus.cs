using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>
/// An in-memory <see cref="IMessageBus"/>: requests are answered by <see cref="Answer"/> (or fail with what it throws);
/// publishes reach the subscriptions whose subject matches, with NATS wildcards. A subscription registers when its
/// enumeration starts and unregisters when it ends.
/// </summary>
internal sealed class FakeMessageBus : IMessageBus
{
    private readonly Lock gate = new();
    private readonly List<(string Pattern, Channel<BusMessage> Channel)> subscriptions = [];

    public ConcurrentQueue<SentRequest> Requests { get; } = new();

    /// <summary>Answers a request with the JSON text returned, or fails it with the exception thrown.</summary>
    public Func<SentRequest, string> Answer { get; set; } = request => throw new NoRespondersException(request.Subject);

    public event EventHandler? ConnectionLost;

    public event EventHandler? ConnectionRestored;

    public bool IsConnected { get; set; } = true;

    public int ActiveSubscriptions
    {
        get
        {
            lock (gate)
            {
                return subscriptions.Count;
            }
        }
    }

    public SentRequest LastRequest => Requests.Last();

    public void AnswerWith(string json) => Answer = _ => json;

    public void Fail(Exception exception) => Answer = _ => throw exception;

    public Task<BusMessage> RequestAsync(string subject, string replySubject, ReadOnlyMemory<byte> payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var body = JsonDocument.Parse(payload);
        var request = new SentRequest(subject, replySubject, timeout, body.RootElement.Clone());
        Requests.Enqueue(request);
        try
        {
            return Task.FromResult(new BusMessage(replySubject, null, Encoding.UTF8.GetBytes(Answer(request))));
        }
        catch (Exception exception)
        {
            return Task.FromException<BusMessage>(exception);
        }
    }

    public ValueTask PublishAsync(string subject, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var (pattern, channel) in subscriptions)
            {
                if (Matches(pattern, subject))
                {
                    channel.Writer.TryWrite(new BusMessage(subject, null, payload.ToArray()));
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask PublishAsync(string subject, string json) => PublishAsync(subject, Encoding.UTF8.GetBytes(json), CancellationToken.None);

    public async IAsyncEnumerable<BusMessage> SubscribeAsync(string subject, Action? subscribed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entry = (subject, Channel.CreateUnbounded<BusMessage>());
        lock (gate)
        {
            subscriptions.Add(entry);
        }

        subscribed?.Invoke();

        try
        {
            await foreach (var message in entry.Item2.Reader.ReadAllAsync(cancellationToken))
            {
                yield return message;
            }
        }
        finally
        {
            lock (gate)
            {
                subscriptions.Remove(entry);
            }
        }
    }

    /// <summary>
    /// What a flush waits for. An in-memory subscription is live once registered, so by default there is nothing to wait
    /// for; a test holds it to see who waits for the server, or fails it as a bus that lost its connection would.
    /// </summary>
    public Task FlushGate { get; set; } = Task.CompletedTask;

    public Task FlushAsync(CancellationToken cancellationToken) => FlushGate.WaitAsync(cancellationToken);

    /// <summary>Ends every subscription as a bus that gave up would.</summary>
    public void EndSubscriptions(Exception failure)
    {
        lock (gate)
        {
            foreach (var (_, channel) in subscriptions)
            {
                channel.Writer.TryComplete(failure);
            }
        }
    }

    /// <summary>Reports a dropped connection, as the real bus does when the server goes away.</summary>
    public void LoseConnection()
    {
        IsConnected = false;
        ConnectionLost?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>Reports the connection back with every subscription live again.</summary>
    public void RestoreConnection()
    {
        IsConnected = true;
        ConnectionRestored?.Invoke(this, EventArgs.Empty);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static bool Matches(string pattern, string subject)
    {
        var patternTokens = pattern.Split('.');
        var subjectTokens = subject.Split('.');
        for (var i = 0; i < patternTokens.Length; i++)
        {
            if (patternTokens[i] == ">")
            {
                return subjectTokens.Length > i;
            }

            if (i >= subjectTokens.Length || (patternTokens[i] != "*" && patternTokens[i] != subjectTokens[i]))
            {
                return false;
            }
        }

        return patternTokens.Length == subjectTokens.Length;
    }
}
