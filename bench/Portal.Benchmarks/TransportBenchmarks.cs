using System.Globalization;
using BenchmarkDotNet.Attributes;
using Portal.Adapters.Nats.Transport;
using Portal.Bench.Shared;

namespace Portal.Benchmarks;

/// <summary>The transport against a local nats-server: request-reply latency and throughput, publish and publish→subscribe.</summary>
[MemoryDiagnoser]
public class TransportBenchmarks
{
    private const int Sequential = 1_000;
    private const int Concurrency = 64;
    private const int PerWorker = 100;
    private const int Messages = 100_000;

    private static readonly byte[] Small = new byte[16];
    private static readonly byte[] Payload128 = new byte[128];

    private LocalNatsServer _server = null!;
    private NatsConnection _portal = null!;
    private NatsConnection _service = null!;
    private NatsConnection _publisher = null!;
    private NatsConnection _subscriber = null!;
    private NatsSubscription _echo = null!;
    private NatsSubscription _sink = null!;
    private CancellationTokenSource _stop = null!;
    private Task _responder = null!;
    private long _requestSequence;

    // Synchronous on purpose: the in-process toolchain does not await an async GlobalSetup before measuring.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _server = LocalNatsServer.Start();
        _portal = await ConnectAsync("bench-portal", 1024);
        _service = await ConnectAsync("bench-service", 64 * 1024);
        _publisher = await ConnectAsync("bench-publisher", 1024);
        _subscriber = await ConnectAsync("bench-subscriber", 2 * Messages);
        _stop = new CancellationTokenSource();
        _echo = _service.Subscribe("bench.echo", queueGroup: null);
        _sink = _subscriber.Subscribe("bench.stream", queueGroup: null);
        await _service.FlushAsync(CancellationToken.None);
        await _subscriber.FlushAsync(CancellationToken.None);
        _responder = Task.Run(RespondAsync);
    }

    private async Task CleanupAsync()
    {
        await _stop.CancelAsync();
        await _responder;
        await _portal.DisposeAsync();
        await _service.DisposeAsync();
        await _publisher.DisposeAsync();
        await _subscriber.DisposeAsync();
        _stop.Dispose();
        _server.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Sequential, Description = "request-reply, 1 in flight")]
    public async Task RequestReplySequential()
    {
        for (var i = 0; i < Sequential; i++)
        {
            await RequestOnceAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = Concurrency * PerWorker, Description = "request-reply, 64 in flight")]
    public Task RequestReplyConcurrent()
    {
        var workers = new Task[Concurrency];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                for (var i = 0; i < PerWorker; i++)
                {
                    await RequestOnceAsync();
                }
            });
        }

        return Task.WhenAll(workers);
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "publish 128 B")]
    public async Task Publish128()
    {
        for (var i = 0; i < Messages; i++)
        {
            await _publisher.PublishAsync("bench.nowhere", Payload128, CancellationToken.None);
        }

        await _publisher.FlushAsync(CancellationToken.None);
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "publish→subscribe 128 B")]
    public async Task PublishSubscribe128()
    {
        for (var i = 0; i < Messages; i++)
        {
            await _publisher.PublishAsync("bench.stream", Payload128, CancellationToken.None);
        }

        for (var received = 0; received < Messages; received++)
        {
            if (!_sink.TryRead(out _))
            {
                await _sink.ReadAsync(CancellationToken.None);
            }
        }
    }

    private Task RequestOnceAsync()
    {
        var reply = "bench.replies." + Interlocked.Increment(ref _requestSequence).ToString(CultureInfo.InvariantCulture);
        return _portal.RequestAsync("bench.echo", reply, Small, TimeSpan.FromSeconds(10), CancellationToken.None);
    }

    private async Task RespondAsync()
    {
        await foreach (var request in _echo.ReadAllAsync(_stop.Token))
        {
            await _service.PublishAsync(request.ReplyTo!, request.Payload, CancellationToken.None);
        }
    }

    private Task<NatsConnection> ConnectAsync(string name, int capacity) =>
        NatsConnection.ConnectAsync(new NatsClientOptions { Url = _server.Url, Name = name, SubscriptionCapacity = capacity });
}
